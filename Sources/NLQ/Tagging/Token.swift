import BICore

/// One word, number or date of a question, with where it was written.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case word
        /// `5`, `1,200`, `$500`, `2.5k`, `20%`.
        case number(Double, money: Bool, percent: Bool)
        /// `2024-03-21`.
        case day(Day)
        /// `2024-03`.
        case month(year: Int, month: Int)
    }

    var kind: Kind
    /// As written.
    var text: String
    /// Lowercased.
    var lower: String
    /// The matching key (``Words/key(_:)``) of a word; the lowercased text otherwise.
    var key: String
    /// Character offsets in the question.
    var start: Int
    var end: Int

    var number: Double? {
        if case .number(let value, _, _) = kind { return value }
        return nil
    }

    /// A whole number written without a unit, such as the 5 of "top 5".
    var count: Int? {
        guard case .number(let value, let money, let percent) = kind, !money, !percent,
              value >= 1, value < 1_000_000, value.rounded() == value else { return nil }
        return Int(value)
    }

    /// A year such as 2024 (1900–2199).
    var year: Int? {
        guard case .number(let value, false, false) = kind, text.count == 4, value >= 1900, value < 2200 else { return nil }
        return Int(value)
    }

    var isWord: Bool { kind == .word }
}
