/// Measures text for layout, so labels can be placed without overlap. Every backend draws with the
/// same font, so one measurer serves SVG, PNG and PDF.
public protocol TextMeasurer: Sendable {
    /// The advance width of `text` in points.
    func width(of text: String, font: Font) -> Double
}

/// Widths from DejaVu Sans advance metrics (the theme's font), per character class. Close enough
/// for spacing decisions; exact measurement comes from Pango in the Cairo backend.
public struct FontMetricsMeasurer: TextMeasurer {
    public init() {}

    public func width(of text: String, font: Font) -> Double {
        var units = 0.0
        for scalar in text.unicodeScalars { units += FontMetricsMeasurer.advance(scalar) }
        return units * font.size * (font.isBold ? 1.08 : 1)
    }

    /// Advance in ems for DejaVu Sans.
    static func advance(_ scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case " ": 0.318
        case "i", "j", "l", "'", "|", ".", ",", ":", ";", "!": 0.28
        case "f", "t", "r", "(", ")", "[", "]", "-": 0.39
        case "m", "w": 0.95
        case "M", "W": 0.93
        case "0"..."9", "$", "%", "+", "=", "#": 0.636
        case "A"..."Z": 0.70
        case "a"..."z": 0.60
        default: scalar.value < 0x2E80 ? 0.62 : 1.0
        }
    }
}
