/// One dot shape (its radius and where its centre lies within a pixel) in one colour and opacity,
/// worked out once for every dot that shares them: the binned dots of one series differ only in
/// position and in one of five opacities. Painting a dot is then integer arithmetic per pixel.
struct DotStamp {
    /// What a dot of radius `radius`, centred at `x`, `y` within its pixel (each in 0..<1), covers:
    /// offsets from that pixel and the covered fraction, from the distance of each pixel centre to
    /// the rim (1 inside r - ½, 0 outside r + ½).
    struct Shape: Equatable {
        var x: Double, y: Double, radius: Double
    }

    /// Where a covered pixel lies from the centre's pixel, and the blend that paints it: the old
    /// pixel keeps `keep`/256, the source adds `redBlue` and `alphaGreen` (channels already
    /// multiplied by the dot's 256ths, two to a word so one multiplication serves two channels).
    private struct Pixel {
        var dx: Int, dy: Int
        var keep: UInt32
        var redBlue: UInt32, alphaGreen: UInt32
    }

    let shape: Shape
    let color: (red: Double, green: Double, blue: Double, opacity: Double)
    private let pixels: [Pixel]
    /// How far the covered pixels reach from the centre's pixel, in rows.
    private let reach: Int

    init(_ shape: Shape, red: Double, green: Double, blue: Double, opacity: Double) {
        self.shape = shape
        color = (red, green, blue, opacity)
        reach = Int(shape.radius.rounded(.up)) + 1
        let (r, g, b) = (UInt32(red.rounded()), UInt32(green.rounded()), UInt32(blue.rounded()))
        var pixels: [Pixel] = []
        for dy in -reach...reach {
            for dx in -reach...reach {
                let ex = Double(dx) + 0.5 - shape.x, ey = Double(dy) + 0.5 - shape.y
                let coverage = Swift.min(1, shape.radius + 0.5 - (ex * ex + ey * ey).squareRoot())
                let weight = UInt32((opacity * Swift.max(0, coverage) * 256).rounded())
                guard weight > 0 else { continue }
                pixels.append(Pixel(dx: dx, dy: dy, keep: 256 - weight,
                                    redBlue: (r * weight) << 16 | b * weight, alphaGreen: (255 * weight) << 16 | g * weight))
            }
        }
        self.pixels = pixels
    }

    /// Source over the premultiplied ARGB pixels around (`column`, `row`) that lie in `rows` and
    /// `0..<width`. Each channel is old × keep + source, rounded, over 256: it cannot carry into
    /// the next channel, since keep and the dot's weight add up to 256.
    func paint(column: Int, row: Int, rows: Range<Int>, width: Int, into image: UnsafeMutablePointer<UInt32>, stride: Int) {
        guard row + reach >= rows.lowerBound, row - reach < rows.upperBound else { return }
        pixels.withUnsafeBufferPointer { stamp in
            for pixel in stamp {
                let x = column + pixel.dx, y = row + pixel.dy
                guard x >= 0, x < width, y >= rows.lowerBound, y < rows.upperBound else { continue }
                let old = image[y * stride + x]
                let redBlue = ((old & 0xFF00FF) &* pixel.keep &+ pixel.redBlue &+ 0x80_0080) >> 8 & 0xFF00FF
                let alphaGreen = ((old >> 8 & 0xFF00FF) &* pixel.keep &+ pixel.alphaGreen &+ 0x80_0080) & 0xFF00_FF00
                image[y * stride + x] = alphaGreen | redBlue
            }
        }
    }
}
