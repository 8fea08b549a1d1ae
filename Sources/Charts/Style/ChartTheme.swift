/// Colours and fonts of a chart. Series colours are the Okabe–Ito palette, which stays
/// distinguishable with the common colour-vision deficiencies.
public struct ChartTheme: Hashable, Sendable {
    public var series: [String]
    public var text: String
    public var mutedText: String
    public var grid: String
    public var axis: String
    public var background: String

    public static let light = ChartTheme(
        series: ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"],
        text: "#1f2933", mutedText: "#52606d", grid: "#e4e7eb", axis: "#9aa5b1", background: "#ffffff")

    public func seriesPaint(_ index: Int) -> Paint {
        Paint(series[index % series.count], role: "series-\(index % series.count)")
    }

    var textPaint: Paint { Paint(text, role: "title") }
    var labelPaint: Paint { Paint(mutedText, role: "label") }
    var gridStroke: Stroke { Stroke(Paint(grid, role: "grid"), width: 1) }
    var axisStroke: Stroke { Stroke(Paint(axis, role: "axis-line"), width: 1) }
}
