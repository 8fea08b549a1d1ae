import BICore

/// A cursor over a file's characters that knows its line and column (Ink's `Reader`, with positions).
struct SourceScanner {
    let characters: [Character]
    let file: String
    private(set) var index = 0
    private(set) var line: Int
    private(set) var column = 1

    init(_ text: String, file: String, firstLine: Int) {
        characters = Array(text)
        self.file = file
        line = firstLine
    }

    var isAtEnd: Bool { index >= characters.count }
    var current: Character? { index < characters.count ? characters[index] : nil }
    var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }
    var isAtLineStart: Bool { column == 1 }

    func peek(_ offset: Int = 0) -> Character? {
        let target = index + offset
        return target < characters.count ? characters[target] : nil
    }

    func hasPrefix(_ text: String) -> Bool {
        var offset = 0
        for character in text {
            guard peek(offset) == character else { return false }
            offset += 1
        }
        return true
    }

    @discardableResult
    mutating func advance() -> Character? {
        guard let character = current else { return nil }
        index += 1
        if character == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        return character
    }

    mutating func advance(by count: Int) {
        for _ in 0..<count { advance() }
    }

    /// Reads up to and including the next newline (or to the end).
    mutating func readLine() -> String {
        var text = ""
        while let character = advance() {
            text.append(character)
            if character == "\n" { break }
        }
        return text
    }

    /// The rest of the current line, without moving.
    func restOfLine() -> String {
        var text = ""
        var offset = 0
        while let character = peek(offset), character != "\n" {
            text.append(character)
            offset += 1
        }
        return text
    }

    mutating func skipWhitespace() {
        while let character = current, character.isWhitespace { advance() }
    }
}
