extension ChartTheme {
    /// CSS that repaints charts drawn with ``light`` in this theme's colours, by role class:
    /// fills use the role (`.series-0`), strokes the role with `-stroke` (`.series-0-stroke`).
    /// The default page theme includes `ChartTheme.dark.stylesheet` inside its dark-mode block.
    public var stylesheet: String {
        var pairs: [(String, String)] = [("title", text), ("label", mutedText), ("grid", grid), ("axis-line", axis),
                                         ("background", background), ("positive", positive), ("negative", negative),
                                         ("neutral", neutral), ("annotation", annotation)]
        pairs += series.enumerated().flatMap { [("series-\($0.offset)", $0.element), ("series-\($0.offset)-ink", ChartTheme.ink(on: $0.element))] }
        pairs += sequential.enumerated().flatMap { [("seq-\($0.offset)", $0.element), ("seq-\($0.offset)-ink", ChartTheme.ink(on: $0.element))] }
        return pairs.map { role, color in
            ".bi-chart .\(role) { fill: \(color); } .bi-chart .\(role)-stroke { stroke: \(color); }"
        }.joined(separator: "\n") + "\n"
    }
}
