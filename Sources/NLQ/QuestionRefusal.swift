import BICore

/// The engine declining a question it is not confident about, rather than answering a different one.
///
/// It says what it understood and offers phrasings it would answer:
/// ```
/// error: cannot answer "revenue by flurb": I do not know the word 'flurb'
///   hint: understood: revenue; try "total revenue by region", "revenue last month", "top 5 products by revenue"
/// ```
public struct QuestionRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    public var question: String
    /// Why: unknown words, an ambiguity, nothing to measure.
    public var reason: String
    /// The parts of the question the engine did understand, in words.
    public var understood: String?
    /// Two or three questions the engine would answer.
    public var suggestions: [String]

    public init(question: String, reason: String, understood: String?, suggestions: [String]) {
        self.question = question
        self.reason = reason
        self.understood = understood
        self.suggestions = suggestions
    }

    public var description: String { diagnostic(at: nil).description }

    /// The refusal as a diagnostic at `location` (an `ask` block): the reason as the message, what was
    /// understood and the suggestions as the hint.
    public func diagnostic(at location: SourceLocation?) -> Diagnostic {
        var hint = understood.map { "understood: \($0); " } ?? ""
        hint += "try " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ")
        return Diagnostic(at: location, "cannot answer \"\(question)\": \(reason)", hint: hint)
    }
}
