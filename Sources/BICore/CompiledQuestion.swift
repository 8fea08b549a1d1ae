/// A plain-English question turned into SQL by a question engine, ready to pin in `bi.lock`.
public struct CompiledQuestion: Hashable, Sendable {
    /// The SQL; values from the question are parameters, relative days resolve when it runs.
    public var sql: SQLTemplate
    /// What the engine understood, in words: "sum of order_items.quantity × order_items.unit_price
    /// by products.name, orders.order_date in 2025-11, top 5".
    public var interpretation: String
    /// The chart that suits the answer.
    public var chart: SuggestedChart
    /// Which engine made it: `smartbi-nlq/1`, or `llm:MODEL` for an LLM backend.
    public var engine: String
    /// The same answer as rows to fold, for a source that groups by sorting (SQLite); not pinned.
    public var grouping: RowGrouping?

    public init(sql: SQLTemplate, interpretation: String, chart: SuggestedChart, engine: String, grouping: RowGrouping? = nil) {
        self.sql = sql
        self.interpretation = interpretation
        self.chart = chart
        self.engine = engine
        self.grouping = grouping
    }
}

/// How an answer is best shown.
public enum SuggestedChart: String, Hashable, Sendable, CaseIterable {
    /// Categories against a measure: `<BarChart>`.
    case bar
    /// A measure over time: `<LineChart>`.
    case line
    /// One number: `<Value>`.
    case value
    /// Rows to read: `<DataTable>`.
    case table
}
