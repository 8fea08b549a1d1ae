import BICore

/// Checks SQL from outside the engine (an LLM's answer) before it goes near a source: exactly one
/// statement, a SELECT or WITH, and `:today` as the only placeholder, which becomes a bound day.
enum SQLSafety {
    enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        case empty
        case severalStatements
        case notAQuery(String)
        case placeholder(String)

        var description: String {
            switch self {
            case .empty: "the answer held no SQL"
            case .severalStatements: "the answer held more than one statement"
            case .notAQuery(let word): "the answer was a \(word.uppercased()) statement, not a query"
            case .placeholder(let name): "the answer used an unknown placeholder '\(name)'"
            }
        }
    }

    /// The SQL as a template whose `:today` placeholders are bound to today when it runs.
    static func template(_ sql: String) throws(Problem) -> SQLTemplate {
        var text = sql.trimming(" \t\n\r")
        while text.hasSuffix(";") { text = String(text.dropLast()).trimming(" \t\n\r") }
        guard !text.isEmpty else { throw .empty }
        var out = ""
        var parameters: [SQLTemplate.Parameter] = []
        var firstWord: String?
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "'", "\"", "`":
                var end = index + 1
                while end < characters.count, characters[end] != character { end += 1 }
                out += String(characters[index..<min(end + 1, characters.count)])
                index = end + 1
            case "-" where index + 1 < characters.count && characters[index + 1] == "-":
                while index < characters.count, characters[index] != "\n" { index += 1 }
            case "/" where index + 1 < characters.count && characters[index + 1] == "*":
                index += 2
                while index + 1 < characters.count, !(characters[index] == "*" && characters[index + 1] == "/") { index += 1 }
                index += 2
            case ";":
                throw .severalStatements
            case ":" where index + 1 < characters.count && characters[index + 1].isLetter && (index == 0 || characters[index - 1] != ":"):
                var end = index + 1
                while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "_" { end += 1 }
                let name = String(characters[(index + 1)..<end])
                guard name.lowercased() == "today" else { throw .placeholder(name) }
                out += "?"
                parameters.append(.day(DayExpression(.today)))
                index = end
            case "?":
                throw .placeholder("?")
            default:
                if firstWord == nil, character.isLetter {
                    var end = index
                    while end < characters.count, characters[end].isLetter { end += 1 }
                    firstWord = String(characters[index..<end]).lowercased()
                }
                out.append(character)
                index += 1
            }
        }
        guard let firstWord else { throw .empty }
        guard firstWord == "select" || firstWord == "with" else { throw .notAQuery(firstWord) }
        return SQLTemplate(out, parameters: parameters)
    }
}
