import BICore

/// Checks the semantic model of `bi.yml` against a schema and links its names to tables and columns.
/// A name the schema lacks is an error at its place in `bi.yml`.
enum SemanticLinker {
    static func measures(_ semantic: SemanticModel?, _ model: SchemaModel) throws -> [SemanticMeasure] {
        try (semantic?.measures ?? []).map { measure in
            var references: [(Range<String.Index>, ColumnID)] = []
            for (range, text) in qualifiedNames(in: measure.sql) {
                references.append((range, try column(text, at: measure.location, model)))
            }
            guard !references.isEmpty else {
                throw Diagnostic(at: measure.location, "measure '\(measure.name)' refers to no column",
                                 hint: "write columns as table.column, e.g. sum(orders.amount)")
            }
            return SemanticMeasure(measure: measure, references: references)
        }
    }

    static func timeColumn(_ semantic: SemanticModel?, _ model: SchemaModel) throws -> ColumnID? {
        guard let semantic, let name = semantic.timeColumn else { return nil }
        return try column(name, at: semantic.location, model)
    }

    /// The column written `table.column`.
    static func column(_ text: String, at location: SourceLocation, _ model: SchemaModel) throws -> ColumnID {
        if let id = model.columnID(qualified: text) { return id }
        let names = model.tables.flatMap { table in table.columns.map { table.name + "." + $0.name } }
        throw Diagnostic(at: location, "the schema has no column '\(text)'",
                         hint: text.closestMatch(in: names).map { "did you mean '\($0)'?" } ?? "write columns as table.column")
    }

    /// What a synonym stands for: a table, `table.column`, a measure or a dimension.
    static func target(of meaning: String, semantic: SemanticModel, measures: [SemanticMeasure], _ model: SchemaModel) throws -> LexiconTarget {
        if let table = model.tableIndex(named: meaning) { return .table(table) }
        if let index = measures.firstIndex(where: { $0.measure.name == meaning }) { return .measure(index) }
        if let dimension = semantic.dimensions.first(where: { $0.name == meaning }) {
            return .column(try column(dimension.column, at: dimension.location, model))
        }
        if meaning.contains(".") { return .column(try column(meaning, at: semantic.location, model)) }
        let names = model.tables.map(\.name) + measures.map(\.measure.name) + semantic.dimensions.map(\.name)
        throw Diagnostic(at: semantic.location, "synonym target '\(meaning)' is not a table, column, measure or dimension",
                         hint: meaning.closestMatch(in: names).map { "did you mean '\($0)'?" })
    }

    /// `table.column` names outside quotes, with their ranges.
    static func qualifiedNames(in sql: String) -> [(Range<String.Index>, String)] {
        var found: [(Range<String.Index>, String)] = []
        var index = sql.startIndex
        func isStart(_ character: Character) -> Bool { character.isLetter || character == "_" }
        func isPart(_ character: Character) -> Bool { character.isLetter || character.isNumber || character == "_" }
        while index < sql.endIndex {
            let character = sql[index]
            if character == "'" || character == "\"" {
                index = sql[sql.index(after: index)...].firstIndex(of: character).map { sql.index(after: $0) } ?? sql.endIndex
            } else if isStart(character) {
                let start = index
                while index < sql.endIndex, isPart(sql[index]) { index = sql.index(after: index) }
                guard index < sql.endIndex, sql[index] == ".", sql.index(after: index) < sql.endIndex, isStart(sql[sql.index(after: index)]) else { continue }
                index = sql.index(after: index)
                while index < sql.endIndex, isPart(sql[index]) { index = sql.index(after: index) }
                found.append((start..<index, String(sql[start..<index])))
            } else {
                index = sql.index(after: index)
            }
        }
        return found
    }
}
