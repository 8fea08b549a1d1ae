import BICore

/// What a measure adds up or counts, before aggregation.
enum MeasureSource: Hashable, Sendable {
    /// Rows of a table: `count(*)`, or `count(DISTINCT key)` when joins could repeat them.
    case rows(Int)
    /// One numeric column.
    case column(ColumnID)
    /// A product of columns: `quantity × unit_price`.
    case product([ColumnID])
    /// A measure of the semantic model: an aggregate written in `bi.yml`.
    case semantic(Int)
    /// One row expression minus another: profit is `quantity × unit_price − quantity × unit_cost`.
    indirect case difference(MeasureSource, MeasureSource)

    var isRows: Bool {
        if case .rows = self { return true }
        return false
    }

    /// The tables it reads, in schema order.
    func tables(_ lexicon: Lexicon) -> [Int] {
        switch self {
        case .rows(let table): [table]
        case .column(let column): [column.table]
        case .product(let columns): Set(columns.map(\.table)).sorted()
        case .semantic(let index): lexicon.measures[index].tables
        case .difference(let left, let right): Set(left.tables(lexicon) + right.tables(lexicon)).sorted()
        }
    }
}
