/// Decides how the x axis labels fit under the plot: every category level, rotated 45°, or thinned
/// to every n-th; numeric and time axes drop to fewer ticks until neighbours keep a gap.
struct XAxisLabels {
    let ticks: [Tick]
    let every: Int
    let isRotated: Bool
    /// Space the labels take below the plot.
    let height: Double
    private let scale: AxisScale

    static let gap = 8.0
    static let maxLabelWidth = 110.0

    init(scale: AxisScale, plotWidth: Double, chartHeight: Double, measurer: any TextMeasurer) {
        self.scale = scale
        let font = CartesianFrame.labelFont
        if let band = scale.band {
            let rotatedLimit = Swift.min(XAxisLabels.maxLabelWidth, chartHeight * 0.3 / 0.71)
            let full = band.categories.enumerated().map { Tick(Double($0.offset), $0.element) }
            let flat = full.map { Tick($0.value, Truncation.fit($0.label, font: font, width: XAxisLabels.maxLabelWidth, measurer: measurer)) }
            let flatWidth = flat.map { measurer.width(of: $0.label, font: font) }.max() ?? 0
            let step = Swift.max(band.step, 0.0001)
            let flatEvery = Int(((flatWidth + XAxisLabels.gap) / step).rounded(.up))
            let rotatedEvery = Int((CartesianFrame.rotatedStep / step).rounded(.up))
            if flatEvery <= 1 || flatEvery <= rotatedEvery {
                (ticks, every, isRotated, height) = (flat, Swift.max(1, flatEvery), false, 14)
            } else {
                let rotated = full.map { Tick($0.value, Truncation.fit($0.label, font: font, width: rotatedLimit, measurer: measurer)) }
                let widest = rotated.map { measurer.width(of: $0.label, font: font) }.max() ?? 0
                (ticks, every, isRotated, height) = (rotated, Swift.max(1, rotatedEvery), true, widest * 0.71 + 14)
            }
        } else {
            var count = Swift.max(2, Int(plotWidth / 70))
            var chosen = scale.ticks(count: count)
            while count > 1 {
                chosen = scale.ticks(count: count)
                if XAxisLabels.fits(chosen, scale: scale, measurer: measurer) { break }
                count -= 1
            }
            (ticks, every, isRotated, height) = (chosen, 1, false, 14)
        }
    }

    /// Whether neighbouring labels keep at least `gap` between them.
    static func fits(_ ticks: [Tick], scale: AxisScale, measurer: any TextMeasurer) -> Bool {
        let widths = ticks.map { measurer.width(of: $0.label, font: CartesianFrame.labelFont) }
        for index in ticks.indices.dropFirst() {
            let distance = abs(scale(ticks[index].value) - scale(ticks[index - 1].value))
            if distance < (widths[index] + widths[index - 1]) / 2 + gap { return false }
        }
        return true
    }

    /// The labels, under the plot at `baseline`; a label that would run past `maxX` ends there instead.
    func nodes(baseline: Double, paint: Paint, maxX: Double, measurer: any TextMeasurer) -> [Scene.Node] {
        let font = CartesianFrame.labelFont
        return ticks.enumerated().compactMap { index, tick in
            guard index % every == 0 else { return nil }
            let position = scale(tick.value)
            if isRotated {
                return .text(Text(tick.label, at: Point(position + 3, baseline + 10), font: font, anchor: .end, paint: paint, rotation: -45))
            }
            if position + measurer.width(of: tick.label, font: font) / 2 > maxX {
                return .text(Text(tick.label, at: Point(maxX, baseline + 16), font: font, anchor: .end, paint: paint))
            }
            return .text(Text(tick.label, at: Point(position, baseline + 16), font: font, anchor: .middle, paint: paint))
        }
    }
}
