import BICore

extension FrameBuilder {
    /// Lays a follow-up question, absorbed on its own into `delta`, over this one: what the follow-up
    /// names replaces or extends what came before, and everything it leaves out stays.
    ///
    /// - measures: named ones (or a mentioned table to count) replace the previous measures;
    /// - groups: added ("and by month?"); a time bucket replaces the previous bucket ("by week");
    ///   with "instead" they replace all previous groups;
    /// - filters: a filter on a column replaces earlier filters on that column ("only Electronics");
    /// - ranking, order, period: replace ("top 10 instead", "in 2024");
    /// - a compared period ("compare with last year") is set against the previous period, or against
    ///   the current one of its unit when there was none.
    mutating func refine(with delta: FrameBuilder) {
        if !delta.frame.measures.isEmpty || !delta.mentions.isEmpty || delta.pendingAggregation != nil || delta.moneyWanted {
            frame.measures = delta.frame.measures
            explicitAggregation = delta.explicitAggregation
            mentions = delta.mentions
            pendingAggregation = delta.pendingAggregation
            danglingAggregation = delta.danglingAggregation
            moneyWanted = delta.moneyWanted
            perEntity = delta.perEntity
            sold = delta.sold
        }
        mergeDimensions(delta.dimensions, replacing: delta.replacing)
        for filter in delta.frame.filters {
            frame.filters.removeAll { Self.column(of: $0) != nil && Self.column(of: $0) == Self.column(of: filter) }
            frame.filters.append(filter)
        }
        aggregateFilters += delta.aggregateFilters
        mergeTimes(delta)
        if let rank = delta.rank {
            self.rank = rank
            rankedText = delta.rankedText ?? rankedText
        }
        if delta.sort.key != nil || delta.sort.ascending != nil { sort = delta.sort }
        frame.share = frame.share || delta.frame.share
        if delta.growth.requested { growth = delta.growth }
        trend = trend || delta.trend
        averagingBucket = delta.averagingBucket ?? averagingBucket
        timeAttribute = delta.timeAttribute ?? timeAttribute
        versusColumn = delta.versusColumn ?? versusColumn
        listRequested = listRequested || delta.listRequested
        which = which || delta.which
        whichPerson = whichPerson || delta.whichPerson
        lastEntity = delta.lastEntity ?? lastEntity
    }

    private mutating func mergeDimensions(_ added: [PendingDimension], replacing: Bool) {
        guard !added.isEmpty else { return }
        if replacing {
            dimensions = added
            return
        }
        for dimension in added where !dimensions.contains(dimension) {
            if case .bucket = dimension, let index = dimensions.firstIndex(where: { if case .bucket = $0 { return true } else { return false } }) {
                dimensions[index] = dimension
            } else {
                dimensions.append(dimension)
            }
        }
    }

    private mutating func mergeTimes(_ delta: FrameBuilder) {
        guard !delta.times.isEmpty else { return }
        if delta.versus, delta.times.count == 1 {
            versus = true
            if times.count == 1 {
                times = [times[0], delta.times[0]]
                versusBeforeTime = false
            } else {
                times = delta.times
                versusBeforeTime = true
            }
        } else {
            times = delta.times
            versus = versus || delta.versus
            versusBeforeTime = delta.versusBeforeTime
        }
    }

    /// The column a row filter tests; nil for a filter on an aggregate.
    private static func column(of filter: Filter) -> ColumnID? {
        switch filter {
        case .values(let column, _, _), .flag(let column, _), .number(let column, _): column
        case .aggregate: nil
        }
    }
}
