import BICore

/// Questions the engine would answer about a schema, offered when it declines one, and what it
/// understood of the declined question.
struct Suggestions {
    let lexicon: Lexicon
    let today: Day
    var model: SchemaModel { lexicon.model }

    /// Two or three phrasings: the ambiguous word spelled out each way, or questions built from the
    /// schema's main measure, a grouping column, a named table and a period.
    func phrasings(for refusal: Refusal, question: String) -> [String] {
        if case .ambiguous(let word, let choices) = refusal, question.contains(word) {
            return choices.prefix(3).map { choice in
                question.replacing(word, with: spokenChoice(choice), maxReplacements: 1)
            }
        }
        let measure = lexicon.revenue != nil ? "total revenue" : factTable().map { "number of " + spoken(model.table($0).name) } ?? "number of rows"
        var result: [String] = []
        if let dimension = groupingColumn() { result.append(measure + " by " + spoken(model.column(dimension).name)) }
        if model.tables.contains(where: { !$0.timeColumns.isEmpty }) { result.append(measure + " last month") }
        if let table = namedTable() {
            result.append("top 5 " + spoken(model.table(table).name) + (lexicon.revenue != nil ? " by revenue" : ""))
        }
        return Array(result.prefix(3))
    }

    /// What the tags recognised, in a few words each.
    func understood(_ spans: [TaggedSpan]) -> String? {
        let parts = spans.compactMap { span -> String? in
            switch span.tag {
            case .filler, .unknown, .conjunction: nil
            case .time(let range): range.text + " (" + range.describe(today: today) + ")"
            case .schema(let matches): matches.first.map { ItemResolver(lexicon: lexicon).describe($0.target) }
            default: span.text
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// `products.name` → "product name"; `tickets.firstResponseMins` → "first response mins".
    private func spokenChoice(_ choice: String) -> String {
        let parts = choice.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let table = model.tableIndex(named: parts[0]) else { return choice }
        let column = Words.split(identifier: parts[1].split(separator: " ").first.map(String.init) ?? parts[1])
        let tableWord = model.table(table).singular.replacing("_", with: " ")
        return column.contains(where: { Words.key($0) == model.table(table).keys.last }) ? column.joined(separator: " ") : tableWord + " " + column.joined(separator: " ")
    }

    private func spoken(_ identifier: String) -> String { Words.split(identifier: identifier).joined(separator: " ") }

    private func factTable() -> Int? {
        model.tables.indices.max { (outgoing($0), model.table($0).rowCount) < (outgoing($1), model.table($1).rowCount) }
    }

    private func outgoing(_ table: Int) -> Int { model.graph.edges.filter { $0.from.table == table }.count }

    /// A category column of the fact table or one of its parents.
    private func groupingColumn() -> ColumnID? {
        guard let fact = factTable() else { return nil }
        let tables = model.graph.parents(of: fact).sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
        for table in tables {
            if let column = model.table(table).columns.indices.first(where: {
                model.table(table).columns[$0].role == .category && (model.table(table).columns[$0].values?.count ?? 0) <= 60
            }) {
                return ColumnID(table: table, column: column)
            }
        }
        return nil
    }

    /// A table whose rows have names, to rank.
    private func namedTable() -> Int? {
        model.tables.indices.first { table in
            model.table(table).label.map { model.table(table).columns[$0].role == .text } ?? false
        }
    }
}
