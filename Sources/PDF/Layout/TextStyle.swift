/// How a piece of printed text looks.
struct TextStyle: Hashable {
    enum Alignment { case left, right, center }

    var size: Double
    var bold = false
    var italic = false
    var monospace = false
    /// `#rrggbb`.
    var color = "#1f2933"
    /// Line height as a multiple of the font size.
    var leading = 1.35
    var alignment = Alignment.left

    static let body = TextStyle(size: 10)
    static let small = TextStyle(size: 8, color: "#52606d")
    static let code = TextStyle(size: 8.5, monospace: true, leading: 1.3)
    static let tableCell = TextStyle(size: 8.5, leading: 1.25)

    static func heading(_ level: Int) -> TextStyle {
        switch level {
        case 1: TextStyle(size: 22, bold: true, color: "#102a43", leading: 1.15)
        case 2: TextStyle(size: 15, bold: true, color: "#102a43", leading: 1.2)
        case 3: TextStyle(size: 12, bold: true, color: "#243b53", leading: 1.25)
        default: TextStyle(size: 10.5, bold: true, color: "#243b53", leading: 1.3)
        }
    }
}
