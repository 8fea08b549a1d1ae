import BICore

/// SQL being written, with its parameters in placeholder order: values from the question are
/// bound, never written into the text.
struct SQLText: Hashable, Sendable, ExpressibleByStringLiteral {
    var text: String
    var parameters: [SQLTemplate.Parameter]

    init(_ text: String = "", parameters: [SQLTemplate.Parameter] = []) {
        self.text = text
        self.parameters = parameters
    }

    init(stringLiteral value: String) { self.init(value) }

    static func + (lhs: SQLText, rhs: SQLText) -> SQLText { SQLText(lhs.text + rhs.text, parameters: lhs.parameters + rhs.parameters) }
    static func + (lhs: SQLText, rhs: String) -> SQLText { SQLText(lhs.text + rhs, parameters: lhs.parameters) }
    static func + (lhs: String, rhs: SQLText) -> SQLText { SQLText(lhs + rhs.text, parameters: rhs.parameters) }

    /// A `?` bound to `value`.
    static func value(_ value: Value) -> SQLText { SQLText("?", parameters: [.value(value)]) }
    /// A `?` bound to a day relative to today.
    static func day(_ day: DayExpression) -> SQLText { SQLText("?", parameters: [.day(day)]) }

    /// The parts joined by `separator`.
    static func joined(_ parts: [SQLText], separator: String) -> SQLText {
        var result = SQLText()
        for (index, part) in parts.enumerated() {
            if index > 0 { result = result + separator }
            result = result + part
        }
        return result
    }

    /// The text with every line after the first indented, for a subquery.
    var indented: SQLText { SQLText(text.replacing("\n", with: "\n    "), parameters: parameters) }

    var template: SQLTemplate { SQLTemplate(text, parameters: parameters) }
}
