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
        // The dots of a binned scatter come top to bottom (``ScatterBinning`` reads them off its grid
        // row by row), so the pixels are visited in memory order; in any other order every dot
        // missed the cache on each of its rows, which took longer than the painting.
        // Two bands of rows painted at once on two threads when there are many dots: each band's
        // pixels see the same dots in the same order, so the picture is the one a single pass paints.
        let bands = dots.count >= 2000 && height >= 64 ? 2 : 1
        nonisolated(unsafe) let pixels = UnsafeMutableRawPointer(data).bindMemory(to: UInt32.self, capacity: stride * height)
        let scale = scale
        DispatchQueue.concurrentPerform(iterations: bands) { band in
            let top = height * band / bands, bottom = height * (band + 1) / bands
            DotRasterizer.paint(dots, scale: scale, rows: top..<bottom, into: pixels, width: width, stride: stride)
        }
        cairo_surface_mark_dirty(surface)
    }

    /// Paints the dots' pixels that lie in `rows`.
    private static func paint(_ dots: [Dot], scale: Double, rows: Range<Int>, into pixels: UnsafeMutablePointer<UInt32>, width: Int, stride: Int) {
        // Binned dots share their radius and their position within a pixel (bin centres lie on a
        // grid), and a series' dots take one of five opacities: a handful of stamps serve them all.
        // Positions within a pixel are rounded to 1/64, so centres a rounding error apart share one.
        var stamps: [DotStamp] = []
        for dot in dots {
            let cx = dot.center.x * scale, cy = dot.center.y * scale
            let column = Int(cx.rounded(.down)), row = Int(cy.rounded(.down))
            guard row + Int(dot.radius * scale) + 2 >= rows.lowerBound, row - Int(dot.radius * scale) - 2 < rows.upperBound else { continue }
            let shape = DotStamp.Shape(x: ((cx - Double(column)) * 64).rounded() / 64, y: ((cy - Double(row)) * 64).rounded() / 64, radius: dot.radius * scale)
            let color = (dot.red, dot.green, dot.blue, dot.opacity)
            let index = stamps.firstIndex { $0.shape == shape && $0.color == color } ?? {
                if stamps.count == 16 { stamps.removeFirst() }
                stamps.append(DotStamp(shape, red: dot.red, green: dot.green, blue: dot.blue, opacity: dot.opacity))
                return stamps.count - 1
            }()
            stamps[index].paint(column: column, row: row, rows: rows, width: width, into: pixels, stride: stride)
        }
    }
}
