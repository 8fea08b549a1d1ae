import CPangoCairo
import Dispatch

extension TextBox {
    /// Lays out many texts at `width`, in order. Many are laid out on two threads: the first half
    /// with `context`, the second meanwhile with the helper fonts (Pango font maps are not
    /// thread-safe, so each thread has its own; Cairo draws the same glyphs from either).
    static func layOut(_ texts: [(StyledText, TextStyle)], width: Double, context: OpaquePointer) -> [TextBox] {
        guard texts.count >= 256 else { return texts.map { TextBox($0.0, style: $0.1, width: width, context: context) } }
        let half = texts.count / 2
        let boxes = UnsafeMutableBufferPointer<TextBox?>.allocate(capacity: texts.count)
        boxes.initialize(repeating: nil)
        defer {
            boxes.deinitialize()
            boxes.deallocate()
        }
        // Each thread writes its own half of `boxes`; the main context stays on this thread.
        nonisolated(unsafe) let output = boxes, main = context
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            let context = part == 0 ? main : DocumentFonts.helper.contextForPDF()
            defer { if part == 1 { g_object_unref(UnsafeMutableRawPointer(context)) } }
            for index in part == 0 ? 0..<half : half..<texts.count {
                output[index] = TextBox(texts[index].0, style: texts[index].1, width: width, context: context)
            }
        }
        return boxes.map { $0! }
    }
}
