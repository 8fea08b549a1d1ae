/// A grouped answer written a second way: the rows it groups, and how to fold them into the
/// answer's result. SQLite groups by sorting every joined row (its only way to group); folding the
/// rows into a hash table as they stream gives the same result at a fraction of the cost. The
/// ``CompiledQuestion``'s SQL stays what is shown, pinned and run everywhere else.
///
/// For "revenue by category this year":
///
/// ```swift
/// grouping.rows.text       // SELECT p.category, oi.quantity * oi.unit_price FROM … WHERE …  (no GROUP BY)
/// grouping.keys            // 1: the first column is the group key
/// grouping.columns         // [category: .key(0), revenue: .aggregate(sum of column 1)]
/// grouping.order           // [revenue descending, category]
/// ```
public struct RowGrouping: Hashable, Sendable {
    /// One column of the result, named as the answer's SQL names it.
    public struct OutputColumn: Hashable, Sendable {
        public var name: String
        public var value: Output

        public init(_ name: String, _ value: Output) {
            self.name = name
            self.value = value
        }
    }

    /// What a result column holds: one of the group's keys, or an aggregate of its rows.
    public enum Output: Hashable, Sendable {
        case key(Int)
        case aggregate(Aggregate)
    }

    /// An aggregate function over one column of the rows (SQL's SUM, AVG, COUNT, MIN, MAX).
    public struct Aggregate: Hashable, Sendable {
        public enum Function: String, Hashable, Sendable {
            case sum, average, count, distinctCount, minimum, maximum
            /// COUNT(*): every row, no argument.
            case rows
        }

        public var function: Function
        /// The column of the rows it reads; nil for ``Function/rows``.
        public var argument: Int?
        /// A column of entity keys the aggregate is divided by the distinct count of ("revenue per order").
        public var per: Int?

        public init(_ function: Function, argument: Int?, per: Int? = nil) {
            self.function = function
            self.argument = argument
            self.per = per
        }
    }

    /// A sort key of the result: a result column, ascending or descending.
    public struct SortKey: Hashable, Sendable {
        public var column: Int
        public var descending: Bool

        public init(column: Int, descending: Bool) {
            self.column = column
            self.descending = descending
        }
    }

    /// The group keys (the first ``keys`` columns), then the aggregates' arguments; the answer's
    /// FROM and WHERE, without GROUP BY.
    public var rows: SQLTemplate
    public var keys: Int
    public var columns: [OutputColumn]
    /// The answer's ORDER BY; empty when it has none, and the groups come in key order as GROUP BY returns them.
    public var order: [SortKey]
    public var limit: Int?

    public init(rows: SQLTemplate, keys: Int, columns: [OutputColumn], order: [SortKey], limit: Int?) {
        self.rows = rows
        self.keys = keys
        self.columns = columns
        self.order = order
        self.limit = limit
    }
}
