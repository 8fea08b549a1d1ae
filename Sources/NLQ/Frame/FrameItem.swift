import BICore

/// A tagged span with its schema meaning settled: what the frame builder walks through.
struct FrameItem: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case cue(Tag)
        case entity(Int)
        /// A numeric column to aggregate.
        case measureColumn(ColumnID)
        /// A text, category or date column.
        case attribute(ColumnID)
        case value(ColumnID, String)
        case flag(ColumnID, Bool)
        case semantic(Int)
        case concept(Concept)
    }

    var kind: Kind
    var text: String
}

/// Picks one meaning for each schema span: the best-fitting candidates, then those in tables the
/// rest of the question names, then the likelier table for the job. Two columns of one table
/// that fit equally well are a real ambiguity.
struct ItemResolver {
    let lexicon: Lexicon

    struct Ambiguity: Error, Hashable, Sendable {
        var text: String
        var choices: [String]
    }

    func items(_ spans: [TaggedSpan]) throws(Ambiguity) -> [FrameItem] {
        let context = contextTables(spans)
        let averaging = spans.contains { span in
            if case .aggregate(let aggregation) = span.tag { return [.average, .minimum, .maximum].contains(aggregation) }
            return false
        }
        let timed = spans.contains { if case .time = $0.tag { return true } else { return false } }
        var afterTable = false
        var items: [FrameItem] = []
        for span in spans {
            switch span.tag {
            case .filler: continue
            case .schema(let matches):
                let match = try choose(matches, text: span.text, context: context, averaging: averaging, timed: timed && afterTable)
                items.append(FrameItem(kind: kind(of: match.target), text: span.text))
                if case .table = match.target { afterTable = true }
            default:
                items.append(FrameItem(kind: .cue(span.tag), text: span.text))
            }
        }
        return items
    }

    private func kind(of target: LexiconTarget) -> FrameItem.Kind {
        switch target {
        case .table(let table): .entity(table)
        case .column(let column): lexicon.model.column(column).role == .measure ? .measureColumn(column) : .attribute(column)
        case .value(let column, let value): .value(column, value)
        case .flag(let column, let flag): .flag(column, flag)
        case .measure(let index): .semantic(index)
        case .concept(let concept): .concept(concept)
        }
    }

    /// Tables named by spans with a single best candidate.
    private func contextTables(_ spans: [TaggedSpan]) -> Set<Int> {
        var tables: Set<Int> = []
        for span in spans {
            guard case .schema(let matches) = span.tag, let best = matches.first,
                  matches.filter({ $0.quality == best.quality }).count == 1, let table = table(of: best.target) else { continue }
            tables.insert(table)
        }
        return tables
    }

    private func table(of target: LexiconTarget) -> Int? {
        switch target {
        case .table(let table): table
        case .column(let column), .value(let column, _), .flag(let column, _): column.table
        case .measure, .concept: nil
        }
    }

    private func choose(_ matches: [LexiconMatch], text: String, context: Set<Int>, averaging: Bool, timed: Bool) throws(Ambiguity) -> LexiconMatch {
        // With a period in the question, a verb after the table's word that names one of its date columns picks that
        // column ("subscriptions cancelled in 2025" is about `cancelled_on`; "cancelled subscriptions" about the status).
        if timed, case .value(let valueColumn, _) = matches[0].target,
           let time = matches.first(where: { match in
               guard case .column(let id) = match.target else { return false }
               return match.quality >= 50 && id.table == valueColumn.table && lexicon.model.column(id).role == .time
           }) {
            return time
        }
        let top = matches.filter { $0.quality == matches[0].quality }
        guard top.count > 1 else { return matches[0] }
        let inContext = top.filter { table(of: $0.target).map(context.contains) ?? false }
        let pool = inContext.isEmpty ? top : inContext
        guard pool.count > 1 else { return pool[0] }
        let model = lexicon.model
        // Values: the column with fewer distinct values (category before subcategory).
        let values = pool.filter { if case .value = $0.target { return true } else { return false } }
        if values.count == pool.count {
            return values.min { valueCount($0) < valueCount($1) }!
        }
        // A table or a measure named outright beats a column that merely contains the word.
        if let whole = pool.first(where: { if case .table = $0.target { return true } else { return false } }) { return whole }
        let columns = pool.compactMap { match -> ColumnID? in if case .column(let id) = match.target { return id } else { return nil } }
        if columns.count == pool.count, Set(columns.map(\.table)).count == columns.count,
           columns.allSatisfy({ model.column($0).role == .measure }) {
            // The same column in several tables: levels (averaged) live in the smaller table, amounts in the bigger one.
            let byRows = columns.sorted { model.table($0.table).rowCount < model.table($1.table).rowCount }
            let chosen = averaging || !model.column(byRows[0]).isAdditive ? byRows.first! : byRows.last!
            return pool.first { $0.target == .column(chosen) }!
        }
        throw Ambiguity(text: text, choices: pool.map { describe($0.target) })
    }

    private func valueCount(_ match: LexiconMatch) -> Int {
        guard case .value(let column, _) = match.target else { return .max }
        return lexicon.model.column(column).values?.count ?? .max
    }

    func describe(_ target: LexiconTarget) -> String {
        let model = lexicon.model
        switch target {
        case .table(let table): return model.table(table).name
        case .column(let column): return model.qualifiedName(column)
        case .value(let column, let value): return model.qualifiedName(column) + " = " + value
        case .flag(let column, let flag): return model.qualifiedName(column) + (flag ? " is true" : " is false")
        case .measure(let index): return lexicon.measures[index].measure.name
        case .concept(let concept): return concept.rawValue
        }
    }
}
