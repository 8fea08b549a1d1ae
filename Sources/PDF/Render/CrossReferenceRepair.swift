/// Mends the cross-reference table Cairo 1.16 writes for PDFs with links: some entries point at
/// the wrong offset, and objects it reserved but never wrote are listed too, so PDF checkers (qpdf)
/// call the file damaged and viewers may lose a page. The objects are found where they really are
/// (`N 0 obj` at the start of a line, skipping stream data) and the table is rewritten in place:
/// each entry is 20 bytes, so nothing else moves. Entries with no object become free entries.
enum CrossReferenceRepair {
    static func repair(_ pdf: [UInt8]) -> [UInt8] {
        guard let startxref = lastIndex(of: Array("startxref".utf8), in: pdf) else { return pdf }
        let offsetDigits = pdf[(startxref + 10)...].prefix { $0 >= 48 && $0 <= 57 }
        guard let start = Int(String(decoding: offsetDigits, as: UTF8.self)), pdf[start...].starts(with: "xref\n".utf8) else { return pdf }
        var index = start + 5
        let header = pdf[index...].prefix { $0 != 10 }
        let numbers = String(decoding: header, as: UTF8.self).split(separator: " ").compactMap { Int($0) }
        guard numbers.count == 2, numbers[0] == 0 else { return pdf }
        index += header.count + 1
        let found = objectOffsets(in: pdf[..<start])
        var output = pdf
        var free: [Int] = [0]
        for object in 1..<numbers[1] where found[object] == nil { free.append(object) }
        for object in 0..<numbers[1] {
            let entry: String
            if let position = free.firstIndex(of: object) {
                let next = position + 1 < free.count ? free[position + 1] : 0
                entry = pad(next, 10) + " " + (object == 0 ? "65535" : "00001") + " f"
            } else {
                entry = pad(found[object]!, 10) + " 00000 n"
            }
            let position = index + object * 20
            output.replaceSubrange(position..<(position + 18), with: Array(entry.utf8))
        }
        return output
    }

    /// Where each `N 0 obj` starts, reading object by object and jumping over stream data.
    static func objectOffsets(in pdf: ArraySlice<UInt8>) -> [Int: Int] {
        var offsets: [Int: Int] = [:]
        var position = pdf.startIndex
        let streamStart = Array("stream\n".utf8), streamEnd = Array("\nendstream".utf8)
        while position < pdf.endIndex {
            let lineStart = position == pdf.startIndex || pdf[position - 1] == 10
            if lineStart, let (object, length) = objectHeader(pdf, at: position) {
                offsets[object] = position
                position += length
                continue
            }
            if lineStart, pdf[position...].starts(with: streamStart), let end = index(of: streamEnd, in: pdf, from: position) {
                position = end + streamEnd.count
                continue
            }
            position += 1
        }
        return offsets
    }

    /// `N 0 obj` at `position`: the object number and the header's length.
    static func objectHeader(_ pdf: ArraySlice<UInt8>, at position: Int) -> (Int, Int)? {
        var cursor = position
        var number = 0
        while cursor < pdf.endIndex, pdf[cursor] >= 48, pdf[cursor] <= 57 { number = number * 10 + Int(pdf[cursor] - 48); cursor += 1 }
        guard cursor > position, pdf[cursor...].starts(with: " 0 obj".utf8) else { return nil }
        return (number, cursor - position + 6)
    }

    static func index(of needle: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        var position = start
        while position + needle.count <= bytes.endIndex {
            if bytes[position] == needle[0], bytes[position..<(position + needle.count)].elementsEqual(needle) { return position }
            position += 1
        }
        return nil
    }

    static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }

    static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        var position = bytes.count - needle.count
        while position >= 0 {
            if bytes[position] == needle[0], bytes[position..<(position + needle.count)].elementsEqual(needle) { return position }
            position -= 1
        }
        return nil
    }
}
