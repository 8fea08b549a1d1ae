/// The title and subtitle at the top left of a chart.
struct Header {
    static let titleFont = Font(size: 15, bold: true)
    static let subtitleFont = Font(size: 12)

    var nodes: [Scene.Node] = []
    /// The y below the header, where the next block starts.
    var bottom: Double

    init(title: String?, subtitle: String?, theme: ChartTheme, measurer: any TextMeasurer, width: Double) {
        var top = 8.0
        if let title {
            top += 15
            let text = Truncation.fit(title, font: Header.titleFont, width: width - 24, measurer: measurer)
            nodes.append(.text(Text(text, at: Point(12, top), font: Header.titleFont, paint: theme.textPaint)))
            top += 6
        }
        if let subtitle {
            top += 13
            let text = Truncation.fit(subtitle, font: Header.subtitleFont, width: width - 24, measurer: measurer)
            nodes.append(.text(Text(text, at: Point(12, top), font: Header.subtitleFont, paint: theme.labelPaint)))
            top += 4
        }
        bottom = top
    }
}
