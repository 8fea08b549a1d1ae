import BICore

extension FrameBuilder {
    /// A table: counted ("how many orders"), divided by ("average order value"), grouped by
    /// ("by customer", "top 5 products", "which region"), or only mentioned.
    mutating func entity(_ table: Int, at index: Int, in items: [FrameItem]) {
        lastEntity = table
        guard !negate else { return }
        let next = items.indices.contains(index + 1) ? items[index + 1].kind : nil
        let nextIsMeasure = next.map(isMeasure) ?? false
        if moneyWanted, lexicon.revenue != nil {
            mentions.append(table)
        } else if let aggregation = pendingAggregation, aggregation != .average, aggregation != .minimum, aggregation != .maximum {
            pendingAggregation = nil
            addMeasure(.rows(table), aggregation: .count, name: model.table(table).name)
            explicitAggregation[frame.measures.count - 1] = aggregation
        } else if pendingAggregation == .average, nextIsMeasure {
            perEntity = table
        } else if grouping, groupingPer, let last = frame.measures.indices.last, explicitAggregation[last] == .average,
                  frame.measures[last].per == nil, dimensions.isEmpty, isSummable(frame.measures[last]) {
            frame.measures[last].per = table
            frame.measures[last].aggregation = frame.measures[last].source.isRows ? .count : .sum
            frame.measures[last].name += "_per_" + model.table(table).singular
        } else if grouping {
            dimensions.append(.entity(table))
        } else if let rank, rank.superlative, !dimensions.isEmpty || which, previousIsRank(index, items) {
            addMeasure(.rows(table), aggregation: .count, name: model.table(table).name)
        } else if pendingAggregation == .average {
            addMeasure(.rows(table), aggregation: .count, name: model.table(table).name)
            explicitAggregation[frame.measures.count - 1] = .average
            pendingAggregation = nil
        } else if (rank != nil || which), dimensions.isEmpty {
            dimensions.append(.entity(table))
        } else {
            mentions.append(table)
        }
    }

    /// Whether a rank comes right before `index`, values and flags aside ("the most active subscriptions").
    private func previousIsRank(_ index: Int, _ items: [FrameItem]) -> Bool {
        for item in items[..<index].reversed() {
            switch item.kind {
            case .value, .flag: continue
            case .cue(.rank): return true
            default: return false
            }
        }
        return false
    }

    func isMeasure(_ kind: FrameItem.Kind) -> Bool {
        switch kind {
        case .measureColumn, .concept, .semantic: true
        default: false
        }
    }

    /// Whether averaging it per entity or per period means dividing a total: sums and counts.
    func isSummable(_ measure: Measure) -> Bool {
        switch measure.source {
        case .rows, .product, .semantic, .difference: true
        case .column(let column): model.column(column).isAdditive
        }
    }

    /// A numeric column: a measure, or a group when a measure already came ("revenue by discount").
    mutating func measureColumn(_ column: ColumnID) {
        if sort.pending {
            sort.pending = false
            if let index = frame.measures.firstIndex(where: { $0.source == .column(column) }) {
                sort.key = .measure(index)
                return
            }
        }
        if grouping, !frame.measures.isEmpty, rank == nil, pendingAggregation == nil {
            dimensions.append(.column(column))
            return
        }
        addMeasure(.column(column), name: name(of: column))
    }

    /// A text or date column: counted distinct ("how many cities"), the date to filter on, or a group.
    mutating func attribute(_ column: ColumnID) {
        if model.column(column).role == .time {
            if grouping {
                dimensions.append(.bucket(.day, on: column))
            } else {
                timeAttribute = column
            }
            return
        }
        if let aggregation = pendingAggregation, aggregation == .count || aggregation == .distinctCount {
            pendingAggregation = nil
            addMeasure(.column(column), aggregation: .distinctCount, name: "distinct_" + name(of: column))
            return
        }
        if sort.pending {
            sort.pending = false
            sort.key = .dimension(dimensions.count)
        }
        dimensions.append(.column(column))
    }

    /// `column = value`; "Electronics or Books" widen one filter, "not" negates it.
    mutating func valueFilter(_ column: ColumnID, _ value: String, at index: Int, in items: [FrameItem]) {
        if index >= 2, case .values(column, let values, let negated) = frame.filters.last {
            switch items[index - 1].kind {
            case .cue(.conjunction):
                frame.filters[frame.filters.count - 1] = .values(column, values + [value], negated: negated)
                return
            case .cue(.versus):
                frame.filters[frame.filters.count - 1] = .values(column, values + [value], negated: negated)
                versusColumn = column
                return
            default: break
            }
        }
        frame.filters.append(.values(column, [value], negated: negate))
        negate = false
    }

    /// Adds a measure, taking the aggregation word waiting for it (or the natural one: sums for
    /// amounts, averages for prices and scores) and the entity it is "per".
    mutating func addMeasure(_ source: MeasureSource, aggregation fixed: Aggregation? = nil, name: String) {
        let written = fixed ?? pendingAggregation
        pendingAggregation = nil
        let summable = isSummable(Measure(source: source, aggregation: .sum, name: name))
        var aggregation: Aggregation
        switch fixed ?? written {
        case nil: aggregation = summable ? .sum : .average
        case .count?: aggregation = summable ? .sum : .count
        case let other?: aggregation = other
        }
        if perEntity != nil { aggregation = source.isRows ? .count : .sum }
        var measure = Measure(source: source, aggregation: aggregation, per: perEntity, name: Self.measureName(name, aggregation, source))
        if let per = perEntity {
            measure.name = name + "_per_" + model.table(per).singular
            perEntity = nil
        }
        if sort.pending {
            sort.pending = false
            sort.key = .measure(frame.measures.count)
        }
        for also in alsoAggregations where fixed == nil {
            frame.measures.append(Measure(source: source, aggregation: also, name: Self.measureName(name, also, source)))
            explicitAggregation[frame.measures.count - 1] = also
        }
        alsoAggregations = []
        frame.measures.append(measure)
        if let written { explicitAggregation[frame.measures.count - 1] = written }
    }

    /// A column's name for a result: snake_case, without a `_cents` unit (`amountCents` → `amount`).
    func name(of column: ColumnID) -> String {
        let words = Words.split(identifier: model.column(column).name)
        return (model.column(column).scale == 1 ? words : words.dropLast()).joined(separator: "_")
    }

    static func measureName(_ name: String, _ aggregation: Aggregation, _ source: MeasureSource) -> String {
        guard case .column = source else { return name }
        switch aggregation {
        case .sum, .count, .distinctCount: return name
        case .average: return "avg_" + name
        case .minimum: return "min_" + name
        case .maximum: return "max_" + name
        }
    }
}
