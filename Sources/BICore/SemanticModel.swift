/// The optional `semantic:` section of `bi.yml`: business names for what a schema's own names do
/// not say. It overrides what the question engine infers.
///
/// ```yaml
/// semantic:
///   time_column: orders.order_date
///   measures:
///     net_revenue:
///       sql: sum(order_items.quantity * order_items.unit_price * (1 - order_items.discount))
///       synonyms: [net sales]
///   dimensions:
///     tier:
///       column: customers.segment
///       synonyms: [customer type]
///   synonyms:
///     patrons: customers
/// ```
public struct SemanticModel: Hashable, Sendable {
    /// A named aggregate: SQL over `table.column` references, such as `sum(invoices.amount_cents) / 100.0`.
    public struct Measure: Hashable, Sendable {
        public var name: String
        public var sql: String
        public var synonyms: [String]
        public var location: SourceLocation

        public init(name: String, sql: String, synonyms: [String] = [], location: SourceLocation) {
            self.name = name
            self.sql = sql
            self.synonyms = synonyms
            self.location = location
        }
    }

    /// A business name for a column (`table.column`) to group or filter by.
    public struct Dimension: Hashable, Sendable {
        public var name: String
        public var column: String
        public var synonyms: [String]
        public var location: SourceLocation

        public init(name: String, column: String, synonyms: [String] = [], location: SourceLocation) {
            self.name = name
            self.column = column
            self.synonyms = synonyms
            self.location = location
        }
    }

    public var measures: [Measure]
    public var dimensions: [Dimension]
    /// A word or phrase → a table, `table.column`, measure or dimension name it means.
    public var synonyms: [String: String]
    /// The `table.column` that dates events when a question names a period.
    public var timeColumn: String?
    /// Where the section and its keys are written, for errors found against a schema.
    public var location: SourceLocation

    public init(measures: [Measure] = [], dimensions: [Dimension] = [], synonyms: [String: String] = [:],
                timeColumn: String? = nil, location: SourceLocation) {
        self.measures = measures
        self.dimensions = dimensions
        self.synonyms = synonyms
        self.timeColumn = timeColumn
        self.location = location
    }
}
