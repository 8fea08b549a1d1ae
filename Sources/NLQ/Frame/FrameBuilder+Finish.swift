import BICore

extension FrameBuilder {
    /// Supplies what the question left implicit: the measure, the time column, buckets for trends and
    /// growth, the compared period, the order and the limit.
    mutating func finish() throws(Refusal) -> QueryFrame {
        listColumnsOfAMentionedTable()
        if frame.measures.isEmpty, frame.listing == nil, aggregateFilters.isEmpty { try defaultMeasure() }
        countUnitsSold()
        if whichPerson, dimensions.isEmpty, frame.listing == nil, let root = frame.root(lexicon), let person = personTable(behind: root) {
            dimensions.append(.entity(person))
            rankedText = model.table(person).singular
        }
        placeAggregateFilters()
        if frame.measures.isEmpty, frame.listing == nil { throw .noMeasure }
        if let rank, dimensions.isEmpty, frame.listing == nil {
            guard rank.superlative, rank.count == nil, let first = frame.measures.indices.first else { throw .nothingToRank }
            frame.measures[first].aggregation = rank.descending ? .maximum : .minimum
            frame.measures[first].name = Self.measureName(frame.measures[first].name, frame.measures[first].aggregation, frame.measures[first].source)
            self.rank = nil
        }
        if let unit = averagingBucket {
            if dimensions.isEmpty, frame.measures.count == 1, frame.measures[0].per == nil, isSummable(frame.measures[0]) {
                frame.averagePer = unit
                if frame.measures[0].aggregation == .average { frame.measures[0].aggregation = .sum }
                let adjective = ["day": "daily", "week": "weekly", "month": "monthly", "quarter": "quarterly", "year": "yearly"][unit.rawValue]!
                frame.measures[0].name = "avg_" + adjective + "_" + frame.measures[0].name.replacing("avg_", with: "")
            } else {
                dimensions.append(.bucket(unit, on: nil))
            }
        }
        try settleTime()
        frame.dimensions = dimensions.map { dimension in
            switch dimension {
            case .column(let column): .column(column)
            case .entity(let table): .entity(table)
            case .bucket(let unit, let column): .bucket(column ?? frame.timeColumn!, unit)
            }
        }
        settleOrder()
        try settleShare()
        return frame
    }

    /// With no measure named: count the table mentioned, or list it; units for "best selling";
    /// revenue for "how much" and for rankings, else the rows of the fact table behind the groups.
    private mutating func defaultMeasure() throws(Refusal) {
        let counting = pendingAggregation ?? danglingAggregation
        let aggregating = counting != nil || frame.share || growth.requested || versus || trend || rank != nil
        if which, !aggregating, aggregateFilters.isEmpty, dimensions.count == 1, case .entity(let table) = dimensions[0] {
            // "Which accounts signed up last month?": the accounts themselves.
            frame.listing = table
            dimensions = []
        } else if moneyWanted, let revenue = lexicon.revenue {
            addMeasure(revenue, aggregation: .sum, name: "revenue")
        } else if let table = mentions.first {
            let label = model.table(table).label.map { model.table(table).columns[$0] }
            let named = label.map { $0.role == .text || $0.role == .category } ?? false
            if !aggregating, dimensions.isEmpty, listRequested || which || (named && !frame.filters.isEmpty && times.isEmpty) {
                frame.listing = table
            } else {
                addMeasure(.rows(table), aggregation: .count, name: model.table(table).name)
            }
        } else if rank?.byPrice ?? false, let price = priceColumn() {
            addMeasure(.column(price), aggregation: .average, name: name(of: price))
        } else if sold || (rank?.bySales ?? false), let quantity = lexicon.unitsSold {
            addMeasure(.column(quantity), aggregation: .sum, name: name(of: quantity))
        } else if rank?.bySales ?? false, let fact = factTable() {
            // "most popular plan" where nothing is sold by the unit: how often it occurs.
            addMeasure(.rows(fact), aggregation: .count, name: model.table(fact).name)
        } else if counting == .count || counting == .distinctCount, let filtered = frame.filters.first.map({ $0.tables(lexicon) })?.first {
            // "How many bug reports": the rows the filter picks.
            addMeasure(.rows(filtered), aggregation: .count, name: model.table(filtered).name)
        } else if let revenue = lexicon.revenue, counting != .count, counting != .distinctCount,
                  counting != nil || rank != nil || !dimensions.isEmpty || trend || growth.requested || versus {
            addMeasure(revenue, aggregation: counting == .average ? .average : .sum, name: "revenue")
        } else if let fact = factTable(), rank != nil || !dimensions.isEmpty {
            addMeasure(.rows(fact), aggregation: .count, name: model.table(fact).name)
        } else {
            throw .noMeasure
        }
    }

    /// "How many products were sold": units of the line table, not a count of products.
    private mutating func countUnitsSold() {
        guard sold, frame.measures.count == 1, explicitAggregation[0] != .distinctCount,
              case .rows(let table) = frame.measures[0].source, let quantity = lexicon.unitsSold,
              table == quantity.table || model.table(table).timeColumns.isEmpty
                && model.graph.edges.contains(where: { $0.from.table == quantity.table && $0.to.table == table }) else { return }
        frame.measures[0] = Measure(source: .column(quantity), aggregation: .sum, name: name(of: quantity))
    }

    /// "Show me the plans and their monthly prices": the rows of a mentioned table with some of its
    /// numbers, when no aggregation, group, rank or period asks for more.
    private mutating func listColumnsOfAMentionedTable() {
        guard let table = mentions.first, !frame.measures.isEmpty, explicitAggregation.isEmpty, dimensions.isEmpty, rank == nil,
              times.isEmpty, aggregateFilters.isEmpty, !frame.share, !growth.requested, !trend, !versus, averagingBucket == nil else { return }
        let columns = frame.measures.compactMap { measure -> ColumnID? in
            if case .column(let column) = measure.source, column.table == table { return column }
            return nil
        }
        guard columns.count == frame.measures.count, listRequested || columns.allSatisfy({ !model.column($0).isAdditive }) else { return }
        frame.listing = table
        frame.listingColumns = columns
        frame.measures = []
    }

    /// For "who": the nearest table behind `root` whose rows are people (a person's name, or a
    /// word like agent, employee, customer).
    private func personTable(behind root: Int) -> Int? {
        let parents = model.graph.parents(of: root).filter { $0.key != root }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
        let named = parents.first { table in
            guard let label = model.table(table).label else { return false }
            return !Set(model.table(table).columns[label].keys).isDisjoint(with: Self.personNameWords)
        }
        return named ?? parents.first { !Self.personWords.isDisjoint(with: model.table($0).keys) }
    }

    private static let personNameWords = Set(["full", "first", "last", "person", "employee", "contact"].map(Words.key))
    private static let personWords = Set(["agent", "employee", "user", "person", "rep", "staff", "member", "customer", "client", "owner",
                                          "seller", "salesperson", "worker", "manager", "author"].map(Words.key))

    /// The price of what is ranked: a price column of the grouped table, or of the table it belongs to.
    private func priceColumn() -> ColumnID? {
        let tables = dimensions.compactMap { dimension -> Int? in if case .entity(let table) = dimension { return table } else { return nil } }
        for table in tables + mentions {
            let candidates = model.graph.parents(of: table).sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
            for candidate in candidates {
                if let column = model.table(candidate).columns.indices.first(where: {
                    model.table(candidate).columns[$0].role == .measure && !Vocabulary.priceWords.isDisjoint(with: model.table(candidate).columns[$0].keys)
                }) {
                    return ColumnID(table: candidate, column: column)
                }
            }
        }
        return nil
    }

    /// The biggest table with foreign keys out of it: the facts the groups are counted over.
    private func factTable() -> Int? {
        let groups = Set(dimensions.compactMap { dimension -> Int? in
            switch dimension {
            case .entity(let table): table
            case .column(let column): column.table
            case .bucket(_, let column): column?.table
            }
        })
        let facts = model.tables.indices.filter { table in
            model.graph.edges.contains { $0.from.table == table } && groups.allSatisfy { model.graph.parents(of: table)[$0] != nil }
        }
        // The rows that refer to the groups directly ("plans" are counted in subscriptions, not invoices), else the biggest.
        let direct = facts.filter { table in groups.allSatisfy { model.graph.parents(of: table)[$0] ?? 0 <= 1 } }
        return model.biggest(direct.isEmpty ? facts : direct)
    }

    private mutating func settleOrder() {
        if let rank {
            let descending = sort.ascending.map { !$0 } ?? rank.descending
            frame.order = Order(key: sort.key ?? .measure(0), descending: descending)
            let singular = rankedText.map { Words.singular($0.lowercased()) == $0.lowercased() } ?? false
            frame.limit = rank.count ?? (singular ? 1 : 10)
        } else if let key = sort.key {
            frame.order = Order(key: key, descending: sort.ascending.map { !$0 } ?? (key != .dimension(0) || frame.dimensions.isEmpty))
        } else if let index = frame.dimensions.firstIndex(where: { if case .bucket = $0 { return true } else { return false } }) {
            frame.order = Order(key: .dimension(index), descending: sort.ascending == false)
        } else if !frame.dimensions.isEmpty, !frame.measures.isEmpty {
            frame.order = Order(key: .measure(0), descending: sort.ascending != true)
        }
    }

    private mutating func settleShare() throws(Refusal) {
        guard frame.share, frame.dimensions.isEmpty else { return }
        let parts = frame.filters.filter { filter in
            switch filter {
            case .values, .flag, .number: true
            case .aggregate: false
            }
        }
        guard !parts.isEmpty else { throw .incomplete("a share needs groups (\"by category\") or a part (\"from Electronics\")") }
        frame.shareCondition = parts
        frame.filters.removeAll { parts.contains($0) }
    }
}
