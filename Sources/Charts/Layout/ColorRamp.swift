import BICore

/// The legend of a colour scale: the theme's sequential steps in a row, low and high value at the ends.
struct ColorRamp {
    let node: Scene.Node
    let bottom: Double

    /// The values at the two ends of the scale and how to write them.
    struct Range {
        var low: Double
        var high: Double
        var format: NumberFormat
        var title: String?
    }

    init(_ range: Range, theme: ChartTheme, measurer: any TextMeasurer, origin: Point) {
        let (low, high, format, title) = (range.low, range.high, range.format, range.title)
        var children: [Scene.Node] = []
        var x = origin.x
        let font = Legend.font
        if let title {
            children.append(.text(Text(title, at: Point(x, origin.y + 9), font: Font(size: 11, bold: true), paint: theme.labelPaint)))
            x += measurer.width(of: title, font: Font(size: 11, bold: true)) + 10
        }
        let lowText = format.axisLabel(low)
        children.append(.text(Text(lowText, at: Point(x, origin.y + 9), font: font, paint: theme.labelPaint)))
        x += measurer.width(of: lowText, font: font) + 6
        let steps = theme.sequential.count
        for step in 0..<steps {
            let fraction = (Double(step) + 0.5) / Double(steps)
            children.append(.rect(Rect(x: x + Double(step) * 14, y: origin.y, width: 14, height: 10), fill: theme.sequentialPaint(fraction),
                                  tooltip: "\(format.full(low + (high - low) * Double(step) / Double(steps))) – \(format.full(low + (high - low) * Double(step + 1) / Double(steps)))"))
        }
        x += Double(steps) * 14 + 6
        children.append(.text(Text(format.axisLabel(high), at: Point(x, origin.y + 9), font: font, paint: theme.labelPaint)))
        node = .group(role: "legend", children: children)
        bottom = origin.y + Legend.rowHeight
    }

    /// The 0…1 position of `value` between `low` and `high`.
    static func fraction(_ value: Double, low: Double, high: Double) -> Double {
        high > low ? (value - low) / (high - low) : 0.5
    }
}
