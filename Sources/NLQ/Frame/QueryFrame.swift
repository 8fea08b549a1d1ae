import BICore

/// The query a question asks for, in schema terms: what to measure, by what, for which rows and
/// periods, in which order. Filled from the tags, then planned into SQL.
struct QueryFrame: Sendable {
    var measures: [Measure] = []
    var dimensions: [Dimension] = []
    var filters: [Filter] = []
    /// The period rows must fall in, on `timeColumn`.
    var time: TimeRange?
    /// The column that dates rows for `time`, buckets and comparisons.
    var timeColumn: ColumnID?
    /// A second period to compare against ("compared to last month").
    var comparison: TimeRange?
    /// Each bucket's change against the one before ("month over month").
    var growth = false
    /// Each group's share of the total, or the share of rows meeting `shareCondition`.
    var share = false
    /// For a share without groups: the filters that pick the part ("cancelled" in "what share of orders were cancelled").
    var shareCondition: [Filter] = []
    /// Average of per-bucket totals ("average revenue per month").
    var averagePer: CalendarUnit?
    var order: Order?
    var limit: Int?
    /// List the rows of this table instead of aggregating: their labels and `listingColumns`.
    var listing: Int?
    var listingColumns: [ColumnID] = []
}

extension QueryFrame {
    /// The table the answer is about, which the joins start from: the listed table, or the one
    /// holding the first measure's facts (the biggest, for a measure over several tables).
    func root(_ lexicon: Lexicon) -> Int? {
        if let listing { return listing }
        let measure = measures.first ?? filters.lazy.compactMap { filter -> Measure? in
            if case .aggregate(_, let measure, _) = filter { return measure } else { return nil }
        }.first
        guard let measure else { return dimensions.first?.tables().first }
        return lexicon.model.biggest(measure.source.tables(lexicon))
    }
}

/// A measure: what to aggregate and how, optionally divided by a count of entities.
struct Measure: Hashable, Sendable {
    var source: MeasureSource
    var aggregation: Aggregation
    /// Divide by the number of distinct rows of this table: "average order value" is revenue per order.
    var per: Int?
    /// The result column's name.
    var name: String
}

/// A group-by: a column, a time bucket of a date column, or a table's rows (by key, shown by label).
enum Dimension: Hashable, Sendable {
    case column(ColumnID)
    case bucket(ColumnID, CalendarUnit)
    case entity(Int)

    func tables() -> [Int] {
        switch self {
        case .column(let column), .bucket(let column, _): [column.table]
        case .entity(let table): [table]
        }
    }
}

/// A condition on rows, or on an aggregate per entity.
enum Filter: Hashable, Sendable {
    /// `column IN (values)`, or `NOT IN` when negated.
    case values(ColumnID, [String], negated: Bool)
    /// A yes/no column.
    case flag(ColumnID, Bool)
    /// `column op number`.
    case number(ColumnID, Comparison)
    /// Entities whose measure compares so ("orders over $500", "customers with more than 5 orders");
    /// with no entity, the groups of the query itself (HAVING).
    case aggregate(entity: Int?, Measure, Comparison)

    func tables(_ lexicon: Lexicon) -> [Int] {
        switch self {
        case .values(let column, _, _), .flag(let column, _), .number(let column, _): [column.table]
        case .aggregate(let entity, let measure, _): entity.map { [$0] } ?? measure.source.tables(lexicon)
        }
    }
}

/// Sorting: by a measure (index) or a dimension (index).
struct Order: Hashable, Sendable {
    enum Key: Hashable, Sendable { case measure(Int), dimension(Int) }
    var key: Key
    var descending: Bool
}
