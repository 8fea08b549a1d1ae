import BICore

extension ChartSpec {
    /// The x axis title: given, or the x column's name made readable.
    var xAxisTitle: String? { xTitle ?? x.map(ColumnTitle.humanize) }

    /// The value axis title: given, or the one measure's name; none when a legend names several.
    func valueAxisTitle(_ measures: [String]) -> String? {
        yTitle ?? (measures.count == 1 && series == nil ? ColumnTitle.humanize(measures[0]) : nil)
    }

    /// Legend entries for the series of a table, when there is more than one.
    func legend(_ names: [String], theme: ChartTheme, shape: Legend.Shape = .square) -> [Legend.Entry] {
        guard names.count > 1 else { return [] }
        return names.enumerated().map { Legend.Entry(name: $0.element, paint: theme.seriesPaint($0.offset), shape: shape) }
    }
}
