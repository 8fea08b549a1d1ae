import BICore

/// What a span of question words means.
enum Tag: Hashable, Sendable {
    /// A period: "last month", "in 2024", "between March and May".
    case time(TimeRange)
    /// A bucket size: "monthly", the "month" of "by month".
    case bucket(CalendarUnit)
    case aggregate(Aggregation)
    /// "top 5", "bottom", "most", "highest".
    case rank(Rank)
    /// "by", "for each", "broken down by"; `per` for "per" and "a", which can also divide ("revenue per customer").
    case group(per: Bool)
    /// "how much": a sum, and of money unless a measure is named.
    case howMuch
    /// "list", "show all": the answer is rows, not a number.
    case list
    /// A statistic the engine does not compute ("median", "standard deviation").
    case unsupported(String)
    /// "over $500", "at least 3", "between 10 and 20".
    case compare(Comparison)
    /// A number on its own.
    case number(Double)
    /// "share", "percentage", "% of".
    case share
    /// "growth", "change"; "month over month" carries the unit.
    case growth(CalendarUnit?)
    /// "compared to", "vs", "versus".
    case versus
    /// "trend", "over time".
    case trend
    /// "not", "excluding", "except", "other than".
    case negation
    /// "instead", "rather": in a follow-up, what it names replaces the previous question's.
    case instead
    /// "and", "or", "&".
    case conjunction
    /// "sorted ascending", "highest first"; nil direction for "sorted by"/"ordered by".
    case order(ascending: Bool?)
    /// "sold", "sell", "selling": the measure is about items sold.
    case sold
    /// "which", "who": the answer names things; "who" names people.
    case which(person: Bool)
    /// Words that link to the schema, best candidate first.
    case schema([LexiconMatch])
    /// A word with no meaning for the query.
    case filler
    /// A word the engine does not know.
    case unknown
}

/// A tag and the question words it covers.
struct TaggedSpan: Hashable, Sendable {
    var tag: Tag
    /// Token indices.
    var range: Range<Int>
    /// The words as written.
    var text: String
}

/// How values of a measure combine.
enum Aggregation: String, Hashable, Sendable {
    case sum, average, count, distinctCount, minimum, maximum

    var sqlFunction: String {
        switch self {
        case .sum: "sum"
        case .average: "avg"
        case .count, .distinctCount: "count"
        case .minimum: "min"
        case .maximum: "max"
        }
    }

    var phrase: String {
        switch self {
        case .sum: "sum"
        case .average: "average"
        case .count: "count"
        case .distinctCount: "distinct count"
        case .minimum: "minimum"
        case .maximum: "maximum"
        }
    }
}

/// "top 5" (descending, 5), "least" (ascending), "best selling" (descending, about items sold).
struct Rank: Hashable, Sendable {
    var descending: Bool
    var count: Int?
    /// Written as a superlative ("most", "highest") rather than "top"/"bottom".
    var superlative: Bool
    /// "best selling", "most popular": ranks by units sold when no measure is named.
    var bySales: Bool = false
    /// "most expensive", "cheapest": ranks by price when no measure is named.
    var byPrice: Bool = false
}

/// A numeric condition: "over 500", "at most 3", "between 10 and 20".
struct Comparison: Hashable, Sendable {
    enum Operator: String, Hashable, Sendable {
        case greater = ">", greaterOrEqual = ">=", less = "<", lessOrEqual = "<=", equal = "=", notEqual = "<>", between = "BETWEEN"
    }

    var op: Operator
    var value: Double
    /// The upper bound of `between`.
    var upper: Double?
    var money: Bool
    var percent: Bool
    /// Minutes in one unit of the duration written after the number ("4 hours": 60).
    var minutes: Double? = nil
}

/// A half-open range of days [start, end), either bound open, with the words it came from.
struct TimeRange: Hashable, Sendable {
    var start: DayExpression?
    var end: DayExpression?
    /// The period's length in calendar units, when it is one ("last month": month), for comparisons.
    var unit: CalendarUnit?
    /// As written: "last month".
    var text: String
    /// For "from 2024 to 2025": the two whole periods it runs between, which a comparison sets against each other.
    var ends: [TimeRange] = []

    /// "in 2025-11", "from 2025-01-01 to 2025-03-31", "since 2024-06-01": resolved against today.
    func describe(today: Day) -> String {
        let start = start?.resolve(today: today), end = end?.resolve(today: today)
        if let start, let end, let unit, start.start(of: unit) == start, start.adding(1, unit) == end {
            return "in " + unit.label(of: start)
        }
        switch (start, end) {
        case let (start?, end?): return "from \(start) to \(end.adding(days: -1))"
        case let (start?, nil): return "since \(start)"
        case let (nil, end?): return "before \(end)"
        case (nil, nil): return "at any time"
        }
    }
}
