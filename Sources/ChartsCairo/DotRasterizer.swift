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
    struct Dot {
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
        data.withMemoryRebound(to: UInt32.self, capacity: stride * height) { pixels in
            for dot in ordered {
                let cx = dot.center.x * scale, cy = dot.center.y * scale, r = dot.radius * scale
                let (red, green, blue) = (dot.red, dot.green, dot.blue)
                let x0 = Swift.max(0, Int((cx - r - 1).rounded(.down))), x1 = Swift.min(width - 1, Int((cx + r + 1).rounded(.up)))
                let y0 = Swift.max(0, Int((cy - r - 1).rounded(.down))), y1 = Swift.min(height - 1, Int((cy + r + 1).rounded(.up)))
                guard x0 <= x1, y0 <= y1 else { continue }
                // Inside r - ½ a pixel is covered, outside r + ½ untouched: only the rim needs the root.
                let inside2 = r > 0.5 ? (r - 0.5) * (r - 0.5) : -1, outside2 = (r + 0.5) * (r + 0.5)
                for y in y0...y1 {
                    let dy = Double(y) + 0.5 - cy
                    // Only the pixels whose centres lie within r + ½ of the centre on this row.
                    let span2 = outside2 - dy * dy
                    guard span2 > 0 else { continue }
                    let span = span2.squareRoot()
                    let left = Swift.max(x0, Int((cx - span - 0.5).rounded(.up))), right = Swift.min(x1, Int((cx + span - 0.5).rounded(.down)))
                    guard left <= right else { continue }
                    for x in left...right {
                        let dx = Double(x) + 0.5 - cx
                        let distance2 = dx * dx + dy * dy
                        guard distance2 < outside2 else { continue }
                        let coverage = distance2 <= inside2 ? 1 : Swift.min(1, r + 0.5 - distance2.squareRoot())
                        guard coverage > 0 else { continue }
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
        }
        cairo_surface_mark_dirty(surface)
    }
}
