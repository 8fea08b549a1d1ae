import BICore

/// Fills a ``QueryFrame`` from a question's items, left to right: aggregation words wait for the
/// measure they apply to, "by"/"per" turn what follows into groups, values and flags become filters,
/// comparisons attach to their neighbours, and ``finish()`` supplies defaults (measure, time column, order).
struct FrameBuilder {
    let lexicon: Lexicon
    var model: SchemaModel { lexicon.model }

    var frame = QueryFrame()
    var dimensions: [PendingDimension] = []
    /// Aggregation words waiting for their measure, and whether the measure got one written out.
    var pendingAggregation: Aggregation?
    var explicitAggregation: [Int: Aggregation] = [:]
    var grouping = false
    /// The group marker was "per", which divides after an average ("average revenue per customer").
    var groupingPer = false
    /// An aggregation word left behind by a group marker ("ticket count by team"), used when no measure is named.
    var danglingAggregation: Aggregation?
    /// Aggregations written before the last one with "and" ("minimum and maximum"), each a measure of its own.
    var alsoAggregations: [Aggregation] = []
    /// "how much": money is wanted when no measure is named.
    var moneyWanted = false
    /// "who": the group is the people behind the facts.
    var whichPerson = false
    /// The column whose values "vs" set against each other ("Asia Pacific vs Europe").
    var versusColumn: ColumnID?
    /// "list", "show all": rows are wanted.
    var listRequested = false
    var negate = false
    var rank: Rank?
    var pendingNumber: (value: Int, text: String)?
    var which = false
    var mentions: [Int] = []
    var times: [TimeRange] = []
    var versus = false
    var trend = false
    var growth: (requested: Bool, unit: CalendarUnit?) = (false, nil)
    var sold = false
    var timeAttribute: ColumnID?
    var sort: (pending: Bool, key: Order.Key?, ascending: Bool?) = (false, nil, nil)
    var averagingBucket: CalendarUnit?
    /// "average order value": the table whose rows the next measure is divided by.
    var perEntity: Int?
    var aggregateFilters: [PendingAggregateFilter] = []
    /// The table the question spoke of last, which a comparison is about ("customers with more than 5 orders").
    var lastEntity: Int?
    /// The words of the first group, to tell "top product" (one) from "top products" (ten).
    var rankedText: String?
    var versusBeforeTime = false
    /// "instead", "rather": a follow-up's groups replace the previous question's rather than add to them.
    var replacing = false
    /// Items a comparison took as its operand.
    var consumed: Set<Int> = []

    enum PendingDimension: Hashable {
        case column(ColumnID)
        case entity(Int)
        case bucket(CalendarUnit, on: ColumnID?)
    }

    struct PendingAggregateFilter {
        var entity: Int?
        var measure: Measure
        var comparison: Comparison
    }

    init(lexicon: Lexicon) { self.lexicon = lexicon }

    mutating func build(_ items: [FrameItem]) throws(Refusal) -> QueryFrame {
        try absorb(items)
        return try finish()
    }

    /// Reads one question's items into the frame and the pending state, supplying no defaults yet:
    /// a follow-up question is absorbed on its own, then laid over the previous one (``refine(with:)``).
    mutating func absorb(_ items: [FrameItem]) throws(Refusal) {
        let items = withoutRepeats(absorbingColumnWords(items))
        for index in items.indices where !consumed.contains(index) {
            let item = items[index]
            let groupsBefore = dimensions.count
            switch item.kind {
            case .cue(let tag): try cue(tag, at: index, in: items)
            case .entity(let table): entity(table, at: index, in: items)
            case .measureColumn(let column): measureColumn(column)
            case .attribute(let column): attribute(column)
            case .value(let column, let value): valueFilter(column, value, at: index, in: items)
            case .flag(let column, let flag):
                frame.filters.append(.flag(column, negate ? !flag : flag))
                negate = false
            case .semantic(let measure): addMeasure(.semantic(measure), name: lexicon.measures[measure].measure.name)
            case .concept(let concept):
                guard let source = lexicon.concepts[concept] else { throw .unknownWords([item.text]) }
                addMeasure(source, name: concept.rawValue)
            }
            if groupsBefore == 0, !dimensions.isEmpty { rankedText = item.text }
            if !keepsGrouping(item.kind) { grouping = false }
        }
        if let pendingNumber { throw .unattached(pendingNumber.text) }
        if negate { throw .unsupported("questions about what did not happen") }
    }

    /// Group markers, "and", and what can be grouped by keep a "by" open: "by region and category".
    private func keepsGrouping(_ kind: FrameItem.Kind) -> Bool {
        switch kind {
        case .entity, .attribute, .cue(.bucket), .cue(.group), .cue(.conjunction): true
        default: false
        }
    }

    /// Drops an item that repeats the one before ("CSAT score": both words name the score column).
    private func withoutRepeats(_ items: [FrameItem]) -> [FrameItem] {
        items.enumerated().filter { index, item in
            guard index > 0, items[index - 1].kind == item.kind else { return true }
            if case .cue = item.kind { return true }
            return false
        }.map(\.element)
    }

    /// Drops a column's own word next to one of its values: "the West region", "category Electronics".
    private func absorbingColumnWords(_ items: [FrameItem]) -> [FrameItem] {
        items.enumerated().filter { index, item in
            guard case .attribute(let column) = item.kind else { return true }
            let neighbours = [index - 1, index + 1].filter(items.indices.contains).map { items[$0].kind }
            return !neighbours.contains { if case .value(column, _) = $0 { return true } else { return false } }
        }.map(\.element)
    }

    // MARK: - Cues

    private mutating func cue(_ tag: Tag, at index: Int, in items: [FrameItem]) throws(Refusal) {
        switch tag {
        case .aggregate(let aggregation):
            // "average number of tickets": the count is averaged.
            if pendingAggregation == .average, aggregation == .count || aggregation == .distinctCount { break }
            // "minimum and maximum price": one measure, both ways.
            if let pending = pendingAggregation, index >= 2, case .cue(.conjunction) = items[index - 1].kind {
                alsoAggregations.append(pending)
            }
            pendingAggregation = aggregation
        case .howMuch:
            pendingAggregation = .sum
            moneyWanted = true
        case .list: listRequested = true
        case .unsupported(let statistic): throw .unsupported("the " + statistic)
        case .rank(var value):
            if value.count == nil, let number = pendingNumber {
                value.count = number.value
                pendingNumber = nil
            }
            rank = value
            if value.bySales { sold = true }
        case .number(let value):
            guard value.rounded() == value, value >= 1 else { throw .unattached(items[index].text) }
            pendingNumber = (Int(value), items[index].text)
        case .group(let per):
            grouping = true
            groupingPer = per
            if let pending = pendingAggregation {
                danglingAggregation = pending
                pendingAggregation = nil
            }
        case .compare(let comparison): try compare(comparison, at: index, in: items)
        case .time(let range):
            if versus, times.isEmpty { versusBeforeTime = true }
            times.append(range)
        case .bucket(let unit): bucket(unit)
        case .share: frame.share = true
        case .instead: replacing = true
        case .growth(let unit): growth = (true, unit ?? growth.unit)
        case .versus: versus = true
        case .trend: trend = true
        case .negation: negate = true
        case .conjunction: break
        case .order(let ascending):
            if let ascending { sort.ascending = ascending } else { sort.pending = true }
        case .sold: sold = true
        case .which(let person):
            // Only as the question's own word: in "customers who signed up", "who" just joins the clause.
            guard index == 0 || !items[..<index].contains(where: { if case .cue = $0.kind { return false } else { return true } }) else { break }
            which = true
            whichPerson = whichPerson || person
        case .schema, .filler, .unknown: break
        }
    }

    /// "monthly", "by month": a group, unless an average waits for it ("average revenue per month").
    private mutating func bucket(_ unit: CalendarUnit) {
        let lastIsAverage = frame.measures.indices.last.map { explicitAggregation[$0] == .average && frame.measures[$0].per == nil } ?? false
        if averagingBucket == nil, pendingAggregation == .average || lastIsAverage {
            averagingBucket = unit
        } else {
            dimensions.append(.bucket(unit, on: nil))
        }
    }
}
