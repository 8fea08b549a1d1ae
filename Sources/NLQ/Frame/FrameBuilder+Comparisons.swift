import BICore

extension FrameBuilder {
    /// Attaches a comparison to what it compares: what follows ("more than 5 orders", "over $1,000 in
    /// revenue"), or what came before ("discount above 20%", "revenue over 10,000", "orders over $500").
    mutating func compare(_ comparison: Comparison, at index: Int, in items: [FrameItem]) throws(Refusal) {
        if let written = comparison.minutes {
            try compareDuration(comparison, written: written, at: index, in: items)
            return
        }
        if items.indices.contains(index + 1), case .measureColumn(let column) = items[index + 1].kind, !model.column(column).isAdditive {
            // "under 2 hours", "above 4 stars": a level of each row.
            consumed.insert(index + 1)
            frame.filters.append(.number(column, comparison))
            return
        }
        if items.indices.contains(index + 1), let measure = operand(items[index + 1].kind) {
            consumed.insert(index + 1)
            aggregateFilters.append(PendingAggregateFilter(entity: lastEntity, measure: measure, comparison: comparison))
            return
        }
        let previous = index > 0 ? items[index - 1].kind : nil
        switch previous {
        case .measureColumn(let column)? where frame.measures.last?.source == .column(column) && explicitAggregation[frame.measures.count - 1] == nil:
            frame.measures.removeLast()
            frame.filters.append(.number(column, comparison))
        case .concept?, .semantic?:
            let measure = frame.measures.removeLast()
            explicitAggregation[frame.measures.count] = nil
            aggregateFilters.append(PendingAggregateFilter(entity: lastEntity, measure: measure, comparison: comparison))
        case .entity(let table)?:
            guard let revenue = lexicon.revenue else { throw .unattached(items[index].text) }
            aggregateFilters.append(PendingAggregateFilter(entity: table, measure: Measure(source: revenue, aggregation: .sum, name: "revenue"),
                                                           comparison: comparison))
        default:
            throw .unattached(items[index].text)
        }
    }

    /// "first response over 4 hours" on `firstResponseMins`: the duration column before the comparison,
    /// or the only one kept in the written unit, compared in its own unit.
    private mutating func compareDuration(_ comparison: Comparison, written: Double, at index: Int, in items: [FrameItem]) throws(Refusal) {
        func unit(_ column: ColumnID) -> Double? { Words.split(identifier: model.column(column).name).last.flatMap { ClosedClasses.durations[$0] } }
        var target: ColumnID?
        if index > 0, case .measureColumn(let column) = items[index - 1].kind, unit(column) != nil {
            target = column
            if frame.measures.last?.source == .column(column), explicitAggregation[frame.measures.count - 1] == nil { frame.measures.removeLast() }
        } else {
            let candidates = model.tables.indices.flatMap { table in model.table(table).columns.indices.map { ColumnID(table: table, column: $0) } }
                .filter { model.column($0).role == .measure && unit($0) == written }
            target = candidates.count == 1 ? candidates[0] : nil
        }
        guard let target, let columnUnit = unit(target) else { throw .unattached(items[index].text) }
        var converted = comparison
        converted.value *= written / columnUnit
        converted.upper = converted.upper.map { $0 * written / columnUnit }
        converted.minutes = nil
        frame.filters.append(.number(target, converted))
    }

    /// What a comparison counts or adds up when it comes right after it.
    private func operand(_ kind: FrameItem.Kind) -> Measure? {
        switch kind {
        case .entity(let table):
            return Measure(source: .rows(table), aggregation: .count, name: model.table(table).name)
        case .measureColumn(let column) where model.column(column).isAdditive:
            return Measure(source: .column(column), aggregation: .sum, name: name(of: column))
        case .concept(let concept):
            return lexicon.concepts[concept].map { Measure(source: $0, aggregation: .sum, name: concept.rawValue) }
        case .semantic(let index):
            return Measure(source: .semantic(index), aggregation: .sum, name: lexicon.measures[index].measure.name)
        default:
            return nil
        }
    }

    /// Places the comparisons on aggregates: HAVING when their entity is a group (or there is no
    /// entity), else a filter on the entities whose aggregate compares so. With nothing else to
    /// measure, the entity becomes the group and the aggregate the measure ("orders over $500").
    mutating func placeAggregateFilters() {
        for pending in aggregateFilters {
            let entity = pending.entity
            let counted = frame.measures.contains { $0.source == .rows(entity ?? -1) }
            if let entity, !dimensions.contains(.entity(entity)), !counted, frame.measures.isEmpty, dimensions.isEmpty {
                dimensions.append(.entity(entity))
            }
            let grouped = entity.map { dimensions.contains(.entity($0)) } ?? true
            if grouped, !counted {
                if !frame.measures.contains(pending.measure) { frame.measures.append(pending.measure) }
                frame.filters.append(.aggregate(entity: nil, pending.measure, pending.comparison))
            } else if let entity {
                frame.filters.append(.aggregate(entity: entity, pending.measure, pending.comparison))
            }
        }
    }
}
