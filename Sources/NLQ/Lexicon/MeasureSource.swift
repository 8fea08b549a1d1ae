import BICore

/// What a measure adds up or counts, before aggregation.
enum MeasureSource: Hashable, Sendable {
    /// Rows of a table: `count(*)`, or `count(DISTINCT key)` when joins could repeat them.
    case rows(Int)
    /// One numeric column.
    case column(ColumnID)
    /// A product of columns: `quantity × unit_price`.
    case product([ColumnID])
    /// A measure of the semantic model: an aggregate written in `bi.yml`.
    case semantic(Int)

    var isRows: Bool {
        if case .rows = self { return true }
        return false
    }

    /// The tables it reads, in schema order.
    func tables(_ lexicon: Lexicon) -> [Int] {
        switch self {
        case .rows(let table): [table]
        case .column(let column): [column.table]
        case .product(let columns): Set(columns.map(\.table)).sorted()
        case .semantic(let index): lexicon.measures[index].tables
        }
    }
}

/// Works out what "revenue" means in a schema: a semantic measure that says so, an amount column
/// (`revenue`, `amount`, `total`, `amount_cents`), or price × quantity in one table or across a join.
enum RevenueInference {
    static func revenue(in model: SchemaModel, measures: [SemanticMeasure]) -> MeasureSource? {
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
