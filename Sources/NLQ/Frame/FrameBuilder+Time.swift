import BICore

extension FrameBuilder {
    /// Buckets for trends and growth, the period filter, the compared period, and the date column they use.
    mutating func settleTime() throws(Refusal) {
        let hasBuckets = { (dimensions: [PendingDimension]) in dimensions.contains { if case .bucket = $0 { return true } else { return false } } }
        if trend, !hasBuckets(dimensions) { dimensions.append(.bucket(growth.unit ?? .month, on: nil)) }
        if let column = versusColumn, times.count < 2 {
            // "Asia Pacific vs Europe": the values side by side.
            if !dimensions.contains(.column(column)) { dimensions.insert(.column(column), at: 0) }
            versus = false
        }
        var comparing = versus
        if growth.requested, growth.unit == nil, !hasBuckets(dimensions), times.count == 1, times[0].ends.count == 2 {
            // "change from 2024 to 2025": the later period against the earlier.
            times = [times[0].ends[1], times[0].ends[0]]
        }
        if growth.requested {
            if hasBuckets(dimensions) || growth.unit != nil {
                if !hasBuckets(dimensions) { dimensions.append(.bucket(growth.unit!, on: nil)) }
                frame.growth = true
            } else if times.count >= 2 || times.first?.unit != nil {
                comparing = true
            } else {
                dimensions.append(.bucket(growth.unit ?? .month, on: nil))
                frame.growth = true
            }
        }
        let unbucketed = dimensions.contains { if case .bucket(_, nil) = $0 { return true } else { return false } }
        if !times.isEmpty || unbucketed || comparing {
            guard let column = timeColumn() else { throw .noTimeColumn }
            frame.timeColumn = column
        }
        switch times.count {
        case 0:
            if comparing, !frame.growth { throw .incomplete("the periods to compare are not named, as in \"this month compared to last month\"") }
        case 1 where comparing:
            guard let unit = times[0].unit else { throw .incomplete("a comparison needs whole periods, such as \"last month\" or \"2024\"") }
            if versusBeforeTime {
                let current = unit == .day ? DayExpression(.today) : DayExpression(.startOf(unit))
                frame.time = TimeRange(start: current, end: current.adding(1, unit), unit: unit, text: "this " + unit.rawValue)
                frame.comparison = times[0]
            } else {
                frame.time = times[0]
                frame.comparison = TimeRange(start: times[0].start?.adding(-1, unit), end: times[0].end?.adding(-1, unit), unit: unit,
                                             text: "the " + unit.rawValue + " before")
            }
        case 1:
            frame.time = times[0]
        default:
            if comparing {
                frame.time = times[0]
                frame.comparison = times[1]
            } else {
                frame.time = TimeRange(start: times.first?.start, end: times.last?.end, unit: nil,
                                       text: times.map(\.text).joined(separator: " and "))
            }
        }
    }

    /// The date column for periods and buckets: the one the question names, the semantic model's,
    /// that of a table the question mentions, the measured table's own, its parents', the nearest.
    private func timeColumn() -> ColumnID? {
        if let timeAttribute { return timeAttribute }
        guard let root = frame.root(lexicon) else { return nil }
        let parents = model.graph.parents(of: root)
        if let preferred = lexicon.preferredTime, parents[preferred.table] != nil { return preferred }
        let compared = aggregateFilters.flatMap { $0.measure.source.tables(lexicon) }
        for table in mentions + compared where table != root && parents[table] == nil {
            if let column = model.table(table).timeColumns.first { return ColumnID(table: table, column: column) }
        }
        for (table, _) in parents.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
            if let column = model.table(table).timeColumns.first { return ColumnID(table: table, column: column) }
        }
        let nearest = model.tables.indices.compactMap { table -> (Int, Int)? in
            guard !model.table(table).timeColumns.isEmpty, let path = model.graph.path(from: root, to: table) else { return nil }
            return (path.edges.count, table)
        }.min { $0 < $1 }
        return nearest.map { ColumnID(table: $0.1, column: model.table($0.1).timeColumns[0]) }
    }
}
