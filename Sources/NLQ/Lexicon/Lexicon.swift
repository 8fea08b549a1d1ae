import BICore

/// What a span of question words can refer to in the schema.
enum LexiconTarget: Hashable, Sendable {
    case table(Int)
    case column(ColumnID)
    /// `column = value`, for values of low-cardinality text columns ("West", "Electronics").
    case value(ColumnID, String)
    /// A yes/no column and the answer its word means ("active" → `is_active` true).
    case flag(ColumnID, Bool)
    /// A measure of the semantic model, by index.
    case measure(Int)
    /// Revenue, cost or profit, whichever columns hold them in this schema.
    case concept(Concept)
}

/// Business measures the engine works out from a schema's columns.
enum Concept: String, Hashable, Sendable, CaseIterable {
    /// Money taken in: an amount column, or price × quantity.
    case revenue
    /// Money spent on what was sold: a cost amount, or unit cost × quantity.
    case cost
    /// Revenue minus cost.
    case profit
}

/// One candidate for a span, with how well the words fit (100 is the exact name).
struct LexiconMatch: Hashable, Sendable {
    var target: LexiconTarget
    var quality: Int
}

/// Every way the words of questions link to one schema: table and column names split into words,
/// their synonyms, values of low-cardinality columns, and the semantic model. Built once per schema.
struct Lexicon: Sendable {
    let model: SchemaModel
    /// Phrases (matching keys joined by spaces) and what they may mean, best first.
    let phrases: [String: [LexiconMatch]]
    /// The longest phrase, in words.
    let longest: Int
    /// Words known from the schema, the vocabulary and the closed classes, for correcting misspellings.
    let spellings: [String]
    /// What revenue, cost and profit mean in this schema, where anything does.
    let concepts: [Concept: MeasureSource]
    var revenue: MeasureSource? { concepts[.revenue] }
    /// The units of revenue = price × units ("quantity"), for "how many were sold" and "best selling".
    var unitsSold: ColumnID? {
        if case .product(let columns) = revenue { return columns[0] }
        return nil
    }
    /// The semantic model's measures, with the columns their SQL refers to.
    let measures: [SemanticMeasure]
    /// The semantic model's time column, when it names one.
    let preferredTime: ColumnID?

    /// The candidates for exactly these keys.
    func matches(_ keys: ArraySlice<String>) -> [LexiconMatch]? {
        phrases[keys.joined(separator: " ")]
    }

    /// The known word closest to `word` by edit distance, if it is a likely misspelling of exactly one.
    func correction(of word: String) -> String? {
        guard word.count >= 4, word.allSatisfy(\.isLetter) else { return nil }
        let limit = word.count >= 8 ? 2 : 1
        var best: (String, Int)?
        var tie = false
        for candidate in spellings where abs(candidate.count - word.count) <= limit && candidate.first == word.first {
            let distance = word.editDistance(to: candidate)
            guard distance <= limit else { continue }
            if distance < (best?.1 ?? .max) {
                best = (candidate, distance)
                tie = false
            } else if distance == best?.1, candidate != best?.0 {
                tie = true
            }
        }
        return tie ? nil : best?.0
    }
}

/// A measure from `bi.yml`: its SQL and the columns it reads.
struct SemanticMeasure: Sendable {
    var measure: SemanticModel.Measure
    /// The `table.column` references in its SQL, with where each starts in the text.
    var references: [(range: Range<String.Index>, column: ColumnID)]
    var tables: [Int] { Set(references.map(\.column.table)).sorted() }
}
