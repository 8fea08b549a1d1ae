import BICore

/// Works out what revenue, cost and profit mean in a schema. Revenue: a semantic measure that says
/// so, an amount column (`revenue`, `amount`, `total`, `amount_cents`), or price × quantity in one
/// table or across a join. Cost: a cost amount, or unit cost × the same quantity. Profit: the difference.
enum ConceptInference {
    static func concepts(in model: SchemaModel, measures: [SemanticMeasure]) -> [Concept: MeasureSource] {
        var concepts: [Concept: MeasureSource] = [:]
        concepts[.revenue] = revenue(in: model, measures: measures)
        concepts[.cost] = cost(in: model, revenue: concepts[.revenue])
        switch (concepts[.revenue], concepts[.cost]) {
        case (nil, _), (_, nil), (.semantic?, _): break
        case let (revenue?, cost?): concepts[.profit] = .difference(revenue, cost)
        }
        return concepts
    }

    /// A cost amount column (`total_cost`, `cogs`), else a unit cost times the revenue's quantity.
    static func cost(in model: SchemaModel, revenue: MeasureSource?) -> MeasureSource? {
        let costs = model.tables.indices.flatMap { table in model.tables[table].columns.indices.map { ColumnID(table: table, column: $0) } }
            .filter { model.column($0).role == .measure && !costWords.isDisjoint(with: model.column($0).keys) }
        if let amount = costs.first(where: { !totalWords.isDisjoint(with: model.column($0).keys) }) { return .column(amount) }
        guard case .product(let columns) = revenue else { return nil }
        let quantity = columns[0]
        let reachable = model.graph.parents(of: quantity.table)
        return costs.filter { reachable[$0.table] != nil }.min { reachable[$0.table]! < reachable[$1.table]! }.map { .product([quantity, $0]) }
    }

    private static let costWords = Set(["cost", "cogs", "expense"].map(Words.key))
    private static let totalWords = Set(["total", "amount", "cogs"].map(Words.key))

    private static func revenue(in model: SchemaModel, measures: [SemanticMeasure]) -> MeasureSource? {
        // A measure called just "revenue" or "sales" (or with such a synonym) is what revenue means; "net_revenue" is not.
        if let index = measures.firstIndex(where: { measure in
            ([measure.measure.name] + measure.measure.synonyms).contains { name in
                let keys = Words.keys(identifier: name)
                return keys.count == 1 && Vocabulary.revenueWords.contains(keys[0])
            }
        }) {
            return .semantic(index)
        }
        let numeric = model.tables.indices.flatMap { table in
            model.tables[table].columns.indices.map { ColumnID(table: table, column: $0) }
        }.filter { model.column($0).role == .measure }
        func score(_ id: ColumnID) -> Int {
            let keys = model.column(id).keys
            guard model.column(id).isAdditive else { return 0 }
            if !Vocabulary.revenueWords.isDisjoint(with: keys) { return 3 }
            return Vocabulary.amountWords.isDisjoint(with: keys) ? 0 : 2
        }
        let amounts = numeric.filter { score($0) > 0 }.sorted { (score($0), fact($0.table, model)) > (score($1), fact($1.table, model)) }
        if let best = amounts.first { return .column(best) }
        let prices = numeric.filter { !Vocabulary.priceWords.isDisjoint(with: model.column($0).keys) }
        let quantities = numeric.filter {
            !Vocabulary.quantityWords.isDisjoint(with: model.column($0).keys) && Vocabulary.priceWords.isDisjoint(with: model.column($0).keys)
        }
        for quantity in quantities.sorted(by: { fact($0.table, model) > fact($1.table, model) }) {
            if let price = prices.first(where: { $0.table == quantity.table }) { return .product([quantity, price]) }
            let parents = model.graph.parents(of: quantity.table)
            if let price = prices.filter({ parents[$0.table] != nil }).min(by: { parents[$0.table]! < parents[$1.table]! }) {
                return .product([quantity, price])
            }
        }
        return nil
    }

    /// How much a table looks like a fact table: rows, and foreign keys out of it.
    private static func fact(_ table: Int, _ model: SchemaModel) -> Int {
        model.tables[table].rowCount + 1_000_000 * model.graph.edges.filter { $0.from.table == table }.count
    }
}
