import CPangoCairo
import Charts
import Foundation

/// Strokes long polylines that run left to right (the lines of line charts, a few thousand points
/// after LTTB) straight into an image surface's pixels: round joins and caps, antialiased by the
/// distance of each pixel centre from the line. Cairo's stroker turns every join into a polygon
/// and scan-converts the lot, which for a 1,600-point line at 2x takes twenty times longer; the
/// picture is the same to the eye. Dashed, curved, closed or short paths stay with Cairo.
struct LineRasterizer {
    let surface: OpaquePointer
    /// Device pixels per point.
    let scale: Double

    /// Below this many segments Cairo is as quick and exact to the pixel.
    static let minimumSegments = 200

    /// Whether `path` stroked with `stroke` is drawn here: straight segments only, x never decreasing.
    static func handles(_ path: Path, stroke: Stroke) -> Bool {
        guard stroke.dash.isEmpty, stroke.width > 0, path.elements.count > minimumSegments else { return false }
        var lastX = -Double.infinity
        for element in path.elements {
            switch element {
            case .move(let point), .line(let point):
                guard point.x.isFinite, point.y.isFinite, point.x >= lastX else { return false }
                lastX = point.x
            case .curve, .close:
                return false
            }
        }
        return true
    }

    private struct Segment {
        var ax: Double, ay: Double, bx: Double, by: Double
    }

    /// The stroke in device pixels: half its width and its colour (0…255 each).
    private struct Pen {
        var radius: Double
        var red: Double, green: Double, blue: Double, opacity: Double
        /// Pixels farther than this from the line are not touched…
        var reach: Double { radius + 1 }
        /// …and closer than the square root of `inside2` fully covered; `outside2` is where coverage ends.
        var inside2: Double { radius > 0.5 ? (radius - 0.5) * (radius - 0.5) : 0 }
        var outside2: Double { (radius + 0.5) * (radius + 0.5) }
    }

    func stroke(_ path: Path, _ stroke: Stroke) {
        guard let segments = segments(of: path), !segments.isEmpty else { return }
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return }
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface)) / 4
        let rgb = stroke.paint.rgb
        let pen = Pen(radius: stroke.width * scale / 2, red: rgb.red * 255, green: rgb.green * 255, blue: rgb.blue * 255, opacity: stroke.paint.opacity)
        let reach = pen.reach
        var top = Double.infinity, bottom = -Double.infinity
        for segment in segments {
            top = Swift.min(top, segment.ay, segment.by)
            bottom = Swift.max(bottom, segment.ay, segment.by)
        }
        let x0 = Swift.max(0, Int((segments[0].ax - reach).rounded(.down))), x1 = Swift.min(width, Int((segments[segments.count - 1].bx + reach).rounded(.up)) + 1)
        let y0 = Swift.max(0, Int((top - reach).rounded(.down))), y1 = Swift.min(height, Int((bottom + reach).rounded(.up)) + 1)
        guard x0 < x1, y0 < y1 else { return }

        // A pixel's coverage depends only on the segments near it, so the left and right halves of a
        // long line are painted at once on two threads, to the same pixels a single pass paints.
        let halves = x1 - x0 >= 512 && segments.count >= 500 ? 2 : 1
        nonisolated(unsafe) let pixels = UnsafeMutableRawPointer(data).bindMemory(to: UInt32.self, capacity: stride * height)
        DispatchQueue.concurrentPerform(iterations: halves) { half in
            let columns = (x0 + (x1 - x0) * half / halves)..<(x0 + (x1 - x0) * (half + 1) / halves)
            LineRasterizer.paint(segments, pen: pen, columns: columns, rows: y0..<y1, into: pixels, stride: stride)
        }
        cairo_surface_mark_dirty(surface)
    }

    /// The path's segments in device pixels, left end first (x never decreases along the path); nil
    /// for a curved or closed path.
    private func segments(of path: Path) -> [Segment]? {
        var segments: [Segment] = []
        segments.reserveCapacity(path.elements.count)
        var last: Point?
        for element in path.elements {
            switch element {
            case .move(let point): last = point
            case .line(let point):
                if let from = last { segments.append(Segment(ax: from.x * scale, ay: from.y * scale, bx: point.x * scale, by: point.y * scale)) }
                last = point
            case .curve, .close: return nil
            }
        }
        return segments
    }

    /// Paints the segments' pixels in `columns` (segments left to right), one strip of columns at a
    /// time: the coverage of each pixel is the largest of the segments near it, so joins are not
    /// painted twice.
    private static func paint(_ segments: [Segment], pen: Pen, columns: Range<Int>, rows: Range<Int>,
                              into pixels: UnsafeMutablePointer<UInt32>, stride: Int) {
        let (radius, reach, inside2, outside2) = (pen.radius, pen.reach, pen.inside2, pen.outside2)
        let (x0, x1, y0, y1) = (columns.lowerBound, columns.upperBound, rows.lowerBound, rows.upperBound)
        let stripWidth = 64
        var coverage = [UInt8](repeating: 0, count: stripWidth * rows.count)
        var first = 0
        coverage.withUnsafeMutableBufferPointer { strip in
            var stripStart = x0
            while stripStart < x1 {
                let stripEnd = Swift.min(stripStart + stripWidth, x1)
                while first < segments.count, segments[first].bx + reach < Double(stripStart) { first += 1 }
                var index = first
                var touchedTop = y1, touchedBottom = y0
                while index < segments.count, segments[index].ax - reach < Double(stripEnd) {
                    let segment = segments[index]
                    index += 1
                    let left = Swift.max(stripStart, Int((segment.ax - reach).rounded(.down)))
                    let right = Swift.min(stripEnd, Int((segment.bx + reach).rounded(.up)) + 1)
                    let upper = Swift.max(y0, Int((Swift.min(segment.ay, segment.by) - reach).rounded(.down)))
                    let lower = Swift.min(y1, Int((Swift.max(segment.ay, segment.by) + reach).rounded(.up)) + 1)
                    guard left < right, upper < lower else { continue }
                    touchedTop = Swift.min(touchedTop, upper)
                    touchedBottom = Swift.max(touchedBottom, lower)
                    let dx = segment.bx - segment.ax, dy = segment.by - segment.ay
                    let length = dx * dx + dy * dy
                    let inverse = length > 0 ? 1 / length : 0
                    for y in upper..<lower {
                        let cy = Double(y) + 0.5
                        let row = (y - y0) * stripWidth - stripStart
                        for x in left..<right {
                            let cx = Double(x) + 0.5
                            let t = Swift.min(1, Swift.max(0, ((cx - segment.ax) * dx + (cy - segment.ay) * dy) * inverse))
                            let ex = segment.ax + t * dx - cx, ey = segment.ay + t * dy - cy
                            let distance2 = ex * ex + ey * ey
                            guard distance2 < outside2 else { continue }
                            // Inside the line's core a pixel is covered; only its rim needs the root.
                            let level = distance2 <= inside2 ? 255 : UInt8(Swift.min(1, radius + 0.5 - distance2.squareRoot()) * 255 + 0.5)
                            if level > strip[row + x] { strip[row + x] = level }
                        }
                    }
                }
                // Paint the strip (source over, premultiplied ARGB) and clear it for the next.
                for y in touchedTop..<Swift.max(touchedTop, touchedBottom) {
                    let row = (y - y0) * stripWidth - stripStart
                    for x in stripStart..<stripEnd where strip[row + x] != 0 {
                        let alpha = pen.opacity * Double(strip[row + x]) / 255, keep = 1 - alpha
                        strip[row + x] = 0
                        let pixel = y * stride + x
                        let old = pixels[pixel]
                        let a = Double(old >> 24) * keep + alpha * 255
                        let rr = Double((old >> 16) & 0xFF) * keep + pen.red * alpha
                        let gg = Double((old >> 8) & 0xFF) * keep + pen.green * alpha
                        let bb = Double(old & 0xFF) * keep + pen.blue * alpha
                        pixels[pixel] = UInt32(a + 0.5) << 24 | UInt32(rr + 0.5) << 16 | UInt32(gg + 0.5) << 8 | UInt32(bb + 0.5)
                    }
                }
                stripStart = stripEnd
            }
        }
    }
}
