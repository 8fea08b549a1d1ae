import Charts
@testable import ChartsCairo
import Testing

/// SVG charts are laid out with widths from Pango's FreeType font map (``PangoFonts/measuring``, no
/// Cairo needed) and PNG and PDF ones with Pango's Cairo font map (``PangoFonts/drawing``), which
/// also draws their text: both must give every text the same width, so a chart lays out the same
/// in every format and drawn labels fill exactly the room the layout gave them.
struct PangoFontsTests {
    @Test(arguments: [8.0, 9.5, 11, 12, 13.5, 16, 20])
    func drawingAndMeasuringFontMapsAgree(size: Double) {
        let texts = ["0", "1.2K", "$3.4M", "−12.5%", "2025-03-14", "Revenue by month", "Home & Kitchen", "Électronique",
                     "WAVAW Tj ffi fl", "1,234,567.89", "ÄÖÜ äöü ß", "The quick brown fox jumps over the lazy dog"]
        for bold in [false, true] {
            for text in texts {
                let font = Font(size: size, bold: bold)
                let measured = PangoFonts.measuring.width(of: text, font: font)
                let drawn = PangoFonts.drawing.withLayout(text: text, font: font) { _, width, _ in width }
                #expect(measured == drawn, "\(text) at \(size)\(bold ? " bold" : ""): measured \(measured), drawn \(drawn)")
                #expect(measured > 0)
            }
        }
    }
}
