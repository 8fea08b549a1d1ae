import BICore
import Reports

/// Fills `{row.column}` and `{params.name}` references in Markdown text, optionally formatted:
/// `{row.revenue | usd}`. Braces whose first name is not a loop row or `params` stay as written, and
/// so does everything inside code spans and fenced code.
enum Interpolation {
    static func fill(_ text: String, at location: SourceLocation, scope: TemplateScope) throws -> String {
        guard text.contains("{") else { return text }
        let characters = Array(text)
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var index = 0
        var line = location.line, column = location.column
        var fence: String?
        var atLineStart = true
        func advance(_ count: Int) {
            for offset in 0..<count {
                let character = characters[index + offset]
                output.append(character)
                if character == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            index += count
        }
        while index < characters.count {
            let character = characters[index]
            if atLineStart, let marker = fenceMarker(characters, from: index) {
                fence = fence == nil ? marker : (marker.hasPrefix(fence!) ? nil : fence)
            }
            atLineStart = character == "\n"
            if fence != nil || character != "{" && character != "`" {
                advance(1)
                continue
            }
            if character == "`" {
                let run = characters[index...].prefix { $0 == "`" }.count
                let rest = characters[(index + run)...]
                var end = rest.startIndex
                var closing: Int?
                while end < characters.count {
                    if characters[end] == "`" {
                        let length = characters[end...].prefix { $0 == "`" }.count
                        if length == run { closing = end + length; break }
                        end += length
                    } else { end += 1 }
                }
                advance((closing ?? index + run) - index)
                continue
            }
            guard let close = characters[index...].firstIndex(of: "}"), !characters[index..<close].contains("\n") else {
                advance(1)
                continue
            }
            let inner = String(characters[(index + 1)..<close])
            let parts = inner.split(separator: "|", maxSplits: 1).map { $0.trimming(" ") }
            let path = parts[0].split(separator: ".").map(String.init)
            guard let head = path.first, scope.binds(head), path.allSatisfy(\.isIdentifier) else {
                advance(1)
                continue
            }
            let here = SourceLocation(file: location.file, line: line, column: column)
            let value = try scope.value(of: path, at: here)
            var format: NumberFormat?
            if parts.count == 2 {
                guard let named = NumberFormat(name: parts[1]) else {
                    throw Diagnostic(at: here, "unknown format '\(parts[1])'", hint: "formats: \(NumberFormat.names.joined(separator: ", "))")
                }
                format = named
            }
            output += MarkdownText.escape(CellFormatter(format: format).text(value, type: .unknown))
            column += close + 1 - index
            index = close + 1
        }
        return output
    }

    /// "```" or "~~~" (three or more) after at most three spaces, starting at `index`.
    private static func fenceMarker(_ characters: [Character], from index: Int) -> String? {
        var position = index
        while position < characters.count, characters[position] == " ", position - index < 3 { position += 1 }
        guard position < characters.count, characters[position] == "`" || characters[position] == "~" else { return nil }
        let run = characters[position...].prefix { $0 == characters[position] }
        return run.count >= 3 ? String(run) : nil
    }

}

/// Text placed into Markdown source.
public enum MarkdownText {
    /// Backslash-escapes Markdown punctuation so a value is shown as text, never as markup.
    public static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            if character.isASCII, character.isPunctuation || character.isSymbol { output.append("\\") }
            output.append(character)
        }
        return output
    }
}
