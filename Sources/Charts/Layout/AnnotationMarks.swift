import BICore

/// Draws a spec's annotations over a cartesian plot (or a sparkline's area). `x` annotations
/// refer to the category or x axis, `y` ones to the value axis, whichever way the chart is turned.
/// A point with an empty label is drawn as a dot alone.
struct AnnotationMarks {
    static let font = Font(size: 11, bold: true)

    let plot: Rect
    let x: AxisScale
    let y: AxisScale
    let theme: ChartTheme
    let measurer: any TextMeasurer
    /// Horizontal bars: the value axis runs along x.
    var isSwapped = false
    /// The first series' value at an x position, for points placed on the data.
    var valueAt: (Double) -> Double? = { _ in nil }

    /// Annotations over the plot of a cartesian frame.
    init(frame: CartesianFrame, theme: ChartTheme, measurer: any TextMeasurer, isSwapped: Bool = false,
         valueAt: @escaping (Double) -> Double? = { _ in nil }) {
        self.init(plot: frame.plot, x: frame.x, y: frame.y, theme: theme, measurer: measurer, valueAt: valueAt)
        self.isSwapped = isSwapped
    }

    /// Annotations over `plot` with its own scales (charts without a frame, such as sparklines).
    init(plot: Rect, x: AxisScale, y: AxisScale, theme: ChartTheme, measurer: any TextMeasurer,
         valueAt: @escaping (Double) -> Double? = { _ in nil }) {
        self.plot = plot
        self.x = x
        self.y = y
        self.theme = theme
        self.measurer = measurer
        self.valueAt = valueAt
    }

    func nodes(_ annotations: [Annotation]) -> [Scene.Node] {
        annotations.flatMap(node)
    }

    private var categoryAxis: AxisScale { isSwapped ? y : x }
    private var valueAxis: AxisScale { isSwapped ? x : y }

    private func position(_ value: Annotation.Value, on axis: Annotation.Axis) -> Double? {
        let scale = axis == .x ? categoryAxis : valueAxis
        let raw: Double?
        switch (scale, value) {
        case (.band(let band), _): raw = band.categories.firstIndex(of: value.text).map(Double.init)
        case (.time, .text(let text)): raw = Temporal.days(text)
        case (_, .number(let number)): raw = number
        case (_, .text(let text)): raw = Double(text)
        }
        return raw.map { scale($0) }
    }

    /// Screen point for data (along, across): along the category axis, across the value axis.
    private func point(along: Double, across: Double) -> Point { isSwapped ? Point(across, along) : Point(along, across) }

    private func node(_ annotation: Annotation) -> [Scene.Node] {
        let paint = theme.annotationPaint
        let stroke = Stroke(paint, width: 1.5, dash: [5, 4])
        switch annotation {
        case .referenceLine(let axis, let value, let label):
            guard let at = position(value, on: axis) else { return [] }
            let vertical = (axis == .x) != isSwapped
            let line = vertical ? [Point(at, plot.y), Point(at, plot.maxY)] : [Point(plot.x, at), Point(plot.maxX, at)]
            var nodes: [Scene.Node] = [.path(Path(runs: [line]), stroke: stroke, fill: nil, tooltip: label ?? value.text)]
            if let label {
                let text = vertical ? Text(label, at: Point(at + 4, plot.y + 12), font: AnnotationMarks.font, paint: paint)
                                    : Text(label, at: Point(plot.maxX - 4, at - 5), font: AnnotationMarks.font, anchor: .end, paint: paint)
                nodes.append(.text(text))
            }
            return nodes
        case .referenceArea(let axis, let from, let to, let label):
            guard var a = position(from, on: axis), var b = position(to, on: axis) else { return [] }
            if let band = (axis == .x ? categoryAxis : valueAxis).band {   // whole bands, not their centres
                (a, b) = (Swift.min(a, b) - band.step / 2, Swift.max(a, b) + band.step / 2)
            }
            let vertical = (axis == .x) != isSwapped
            let rect = vertical ? Rect(x: Swift.min(a, b), y: plot.y, width: abs(b - a), height: plot.height)
                                : Rect(x: plot.x, y: Swift.min(a, b), width: plot.width, height: abs(b - a))
            var nodes: [Scene.Node] = [.rect(rect, fill: paint.opacity(0.12), tooltip: label ?? "\(from.text) – \(to.text)")]
            if let label { nodes.append(.text(Text(label, at: Point(rect.x + 4, rect.y + 13), font: AnnotationMarks.font, paint: paint))) }
            return nodes
        case .point(let x, let y, let label), .callout(let x, let y, let label):
            guard let along = position(x, on: .x) else { return [] }
            let dataValue = y ?? categoryValue(x)
            guard let dataValue else { return [] }
            let across = valueAxis(dataValue)
            let anchor = point(along: along, across: across)
            var nodes: [Scene.Node] = [.circle(center: anchor, radius: 4, fill: paint, tooltip: label.isEmpty ? x.text : "\(label): \(x.text)")]
            if case .point = annotation {
                if label.isEmpty { return nodes }
                nodes.append(.text(Text(label, at: Point(anchor.x, anchor.y - 9), font: AnnotationMarks.font, anchor: .middle, paint: paint)))
                return nodes
            }
            return nodes + callout(label, from: anchor)
        }
    }

    private func categoryValue(_ x: Annotation.Value) -> Double? {
        guard let raw = position(x, on: .x) else { return nil }
        // Invert the screen position to the data index or value the series lookup understands.
        switch categoryAxis {
        case .band(let band): return valueAt(((raw - band.range.lowerBound) / band.step - 0.5).rounded())
        case .time: return Temporal.days(x.text).flatMap(valueAt)
        default: return Double(x.text).flatMap(valueAt)
        }
    }

    /// A boxed label above (or below) the anchor, pulled inside the plot, with a leader line.
    private func callout(_ label: String, from anchor: Point) -> [Scene.Node] {
        let paint = theme.annotationPaint
        let width = measurer.width(of: label, font: AnnotationMarks.font) + 12, height = 20.0
        let above = anchor.y - plot.y > 44
        var box = Rect(x: anchor.x - width / 2, y: above ? anchor.y - 34 - height : anchor.y + 34, width: width, height: height)
        box.x = Swift.min(Swift.max(box.x, plot.x + 2), plot.maxX - width - 2)
        let edge = Point(Swift.min(Swift.max(anchor.x, box.x + 6), box.maxX - 6), above ? box.maxY : box.y)
        return [
            .path(Path(runs: [[anchor, edge]]), stroke: Stroke(paint, width: 1.2), fill: nil, tooltip: nil),
            .path(Path(runs: [[Point(box.x, box.y), Point(box.maxX, box.y), Point(box.maxX, box.maxY), Point(box.x, box.maxY)]], closed: true),
                  stroke: Stroke(paint, width: 1.2), fill: theme.backgroundPaint, tooltip: label),
            .text(Text(label, at: Point(box.x + 6, box.y + 14), font: AnnotationMarks.font, paint: paint)),
        ]
    }
}
