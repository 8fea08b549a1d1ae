import BICore

/// Recursive descent over `or` > `and` > `not` > comparison > operand.
struct ExpressionParser {
    private let characters: [Character]
    private let location: SourceLocation
    private var index = 0

    init(text: String, location: SourceLocation) {
        characters = Array(text)
        self.location = location
    }

    mutating func parse() throws -> Expression {
        let expression = try parseOr()
        skipSpaces()
        guard index == characters.count else { throw error("unexpected '\(String(characters[index...]))'") }
        return expression
    }

    private mutating func parseOr() throws -> Expression {
        var left = try parseAnd()
        while consumeWord("or") || consume("||") { left = .binary(.or, left, try parseAnd()) }
        return left
    }

    private mutating func parseAnd() throws -> Expression {
        var left = try parseNot()
        while consumeWord("and") || consume("&&") { left = .binary(.and, left, try parseNot()) }
        return left
    }

    private mutating func parseNot() throws -> Expression {
        if consumeWord("not") || consume("!", unlessFollowedBy: "=") { return .not(try parseNot()) }
        return try parseComparison()
    }

    private mutating func parseComparison() throws -> Expression {
        let left = try parseOperand()
        for op in [Expression.Operator.equal, .notEqual, .lessOrEqual, .greaterOrEqual, .less, .greater] where consume(op.rawValue) {
            return .binary(op, left, try parseOperand())
        }
        if consume("=", unlessFollowedBy: "=") { return .binary(.equal, left, try parseOperand()) }
        return left
    }

    private mutating func parseOperand() throws -> Expression {
        skipSpaces()
        guard index < characters.count else { throw error("an expression is missing here") }
        let character = characters[index]
        if character == "(" {
            index += 1
            let inner = try parseOr()
            guard consume(")") else { throw error("missing ')'") }
            return inner
        }
        if character == "'" || character == "\"" {
            let start = index
            index += 1
            var text = ""
            while index < characters.count, characters[index] != character { text.append(characters[index]); index += 1 }
            guard index < characters.count else { index = start; throw error("the text is never closed with \(character)") }
            index += 1
            return .literal(.text(text))
        }
        if character.isNumber || (character == "-" && index + 1 < characters.count && characters[index + 1].isNumber) {
            var text = String(character)
            index += 1
            while index < characters.count, characters[index].isNumber || characters[index] == "." { text.append(characters[index]); index += 1 }
            if let integer = Int64(text) { return .literal(.integer(integer)) }
            guard let real = Double(text) else { throw error("'\(text)' is not a number") }
            return .literal(.real(real))
        }
        guard character.isLetter || character == "_" else { throw error("unexpected '\(character)'") }
        var path: [String] = []
        repeat {
            var name = ""
            while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == "_" {
                name.append(characters[index])
                index += 1
            }
            guard !name.isEmpty else { throw error("a name is missing after '.'") }
            path.append(name)
        } while consume(".", spaces: false)
        switch path {
        case ["true"]: return .literal(.boolean(true))
        case ["false"]: return .literal(.boolean(false))
        case ["null"]: return .literal(.null)
        default: return .path(path)
        }
    }

    // MARK: - Scanning

    private mutating func skipSpaces() {
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
    }

    private mutating func consume(_ token: String, spaces: Bool = true, unlessFollowedBy next: Character? = nil) -> Bool {
        if spaces { skipSpaces() }
        let tokenCharacters = Array(token)
        guard index + tokenCharacters.count <= characters.count,
              Array(characters[index..<(index + tokenCharacters.count)]) == tokenCharacters else { return false }
        if let next, index + tokenCharacters.count < characters.count, characters[index + tokenCharacters.count] == next { return false }
        index += tokenCharacters.count
        return true
    }

    private mutating func consumeWord(_ word: String) -> Bool {
        skipSpaces()
        let end = index + word.count
        guard end <= characters.count, String(characters[index..<end]) == word,
              end == characters.count || !(characters[end].isLetter || characters[end].isNumber || characters[end] == "_") else { return false }
        index = end
        return true
    }

    private func error(_ message: String) -> Diagnostic {
        Diagnostic(at: location.offset(lines: 0, column: location.column + index), "in expression: \(message)",
                   hint: "expressions compare names and values: row.revenue > 1000, params.region == 'West', top.length > 0")
    }
}
