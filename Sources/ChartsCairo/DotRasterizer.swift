import CPangoCairo
import Charts
import Foundation

/// Paints small filled circles straight into an image surface's pixels, with antialiased edges
/// (coverage from the distance to the rim). A binned scatter has tens of thousands of such dots;
/// this is several times faster than tracing each as a Cairo arc and looks the same.
struct DotRasterizer {
    let surface: OpaquePointer
    /// Device pixels per point.
    let scale: Double

    /// A dot with its colour already parsed: plain numbers, so the loop copies no strings.
    struct Dot: Sendable {
        var center: Point
        var radius: Double
        /// 0…255 each.
        var red: Double, green: Double, blue: Double
        var opacity: Double
    }

    /// The circles of a binned scatter as dots; other nodes are handed back to be drawn by Cairo.
    static func dots(of nodes: [Scene.Node], other: (Scene.Node) -> Void) -> [Dot] {
        var dots: [Dot] = []
        dots.reserveCapacity(nodes.count)
        var lastColor = "", red = 0.0, green = 0.0, blue = 0.0
        for node in nodes {
            guard case .circle(let center, let radius, let fill, _) = node else { other(node); continue }
            if fill.color != lastColor {   // dots of a series share a colour: parse it once
                let rgb = fill.rgb
                (red, green, blue, lastColor) = (rgb.red * 255, rgb.green * 255, rgb.blue * 255, fill.color)
            }
            dots.append(Dot(center: center, radius: radius, red: red, green: green, blue: blue, opacity: fill.opacity))
        }
        return dots
    }

    func fill(_ dots: [Dot]) {
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return }
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface)) / 4
        // Top to bottom, so the pixels are visited in memory order: in the order the bins were made
        // every dot missed the cache on each of its rows, which took longer than the painting.
        // (The dots of one call share a colour, so the order changes no pixel by more than rounding.)
        let ordered = dots.sorted { ($0.center.y, $0.center.x) < ($1.center.y, $1.center.x) }
        // Two bands of rows painted at once on two threads when there are many dots: each band's
        // pixels see the same dots in the same order, so the picture is the one a single pass paints.
        let bands = ordered.count >= 2000 && height >= 64 ? 2 : 1
        nonisolated(unsafe) let pixels = UnsafeMutableRawPointer(data).bindMemory(to: UInt32.self, capacity: stride * height)
        let scale = scale
        DispatchQueue.concurrentPerform(iterations: bands) { band in
            let top = height * band / bands, bottom = height * (band + 1) / bands
            DotRasterizer.paint(ordered, scale: scale, rows: top..<bottom, into: pixels, width: width, stride: stride)
        }
        cairo_surface_mark_dirty(surface)
    }

    /// Paints the dots' pixels that lie in `rows`.
    private static func paint(_ dots: [Dot], scale: Double, rows: Range<Int>, into pixels: UnsafeMutablePointer<UInt32>, width: Int, stride: Int) {
        // Binned dots share their radius and their position within a pixel (bin centres lie on a grid),
        // so the coverage of each pixel around a centre is worked out once and reused.
        var mask: [(dx: Int, dy: Int, coverage: Double)] = []
        var maskKey = (x: Double.nan, y: Double.nan, r: Double.nan)
        for dot in dots {
            let cx = dot.center.x * scale, cy = dot.center.y * scale, r = dot.radius * scale
            guard cy + r + 2 >= Double(rows.lowerBound), cy - r - 2 < Double(rows.upperBound) else { continue }
            let column = Int(cx.rounded(.down)), row = Int(cy.rounded(.down))
            let key = (x: cx - Double(column), y: cy - Double(row), r: r)
            if key != maskKey {
                maskKey = key
                mask = DotRasterizer.coverage(x: key.x, y: key.y, radius: r)
            }
            let (red, green, blue) = (dot.red, dot.green, dot.blue)
            for (dx, dy, coverage) in mask {
                let x = column + dx, y = row + dy
                guard x >= 0, x < width, rows.contains(y) else { continue }
                let alpha = dot.opacity * coverage, keep = 1 - alpha
                let index = y * stride + x
                let old = pixels[index]
                // Premultiplied ARGB: source over destination.
                let a = Double(old >> 24) * keep + alpha * 255
                let rr = Double((old >> 16) & 0xFF) * keep + red * alpha
                let gg = Double((old >> 8) & 0xFF) * keep + green * alpha
                let bb = Double(old & 0xFF) * keep + blue * alpha
                pixels[index] = UInt32(a + 0.5) << 24 | UInt32(rr + 0.5) << 16 | UInt32(gg + 0.5) << 8 | UInt32(bb + 0.5)
            }
        }
    }

    /// The pixels a circle of `radius` covers, as offsets from the pixel its centre is in (the centre
    /// lies at `x`, `y` within that pixel, each in 0..<1), with coverage from the distance of each
    /// pixel centre to the rim: 1 inside r - ½, 0 outside r + ½.
    static func coverage(x: Double, y: Double, radius: Double) -> [(dx: Int, dy: Int, coverage: Double)] {
        let reach = Int(radius.rounded(.up)) + 1
        var pixels: [(dx: Int, dy: Int, coverage: Double)] = []
        for dy in -reach...reach {
            for dx in -reach...reach {
                let distance = ((Double(dx) + 0.5 - x) * (Double(dx) + 0.5 - x) + (Double(dy) + 0.5 - y) * (Double(dy) + 0.5 - y)).squareRoot()
                let coverage = Swift.min(1, radius + 0.5 - distance)
                if coverage > 0 { pixels.append((dx, dy, coverage)) }
            }
        }
        return pixels
    }
}
