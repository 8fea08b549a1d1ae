import Charts

/// A report's charts drawn at print widths, each chart at each width once: the paginator measures
/// a chart below a heading before it places it.
final class FigureScenes {
    private struct Key: Hashable {
        var id: String
        var width: Double
    }

    private let figures: [String: @Sendable (Double) -> Scene?]
    private var drawn: [Key: Scene?] = [:]

    init(_ figures: [String: @Sendable (Double) -> Scene?]) { self.figures = figures }

    func scene(_ id: String, width: Double) -> Scene? {
        let key = Key(id: id, width: width)
        if let scene = drawn[key] { return scene }
        let scene = figures[id]?(width) ?? nil
        drawn[key] = scene
        return scene
    }
}
