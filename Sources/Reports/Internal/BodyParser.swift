import BICore

/// Splits a report body into Markdown, component tags and query blocks, keeping positions.
///
/// Markdown itself is left to cmark-gfm later; this pass only has to know enough Markdown not
/// to see tags inside code (fenced blocks, code spans) or HTML comments.
struct BodyParser {
    private var scanner: SourceScanner
    private(set) var queries: [QueryBlock] = []
    private(set) var diagnostics = DiagnosticCollector()

    private struct Container {
        var component: Component?
        var nodes: [ReportNode] = []
    }
    private var stack = [Container()]
    private var text = ""
    private var textStart: SourceLocation
    private var lineHasContent = false

    init(_ body: String, file: String, firstLine: Int) {
        scanner = SourceScanner(body, file: file, firstLine: firstLine)
        textStart = scanner.location
    }

    mutating func parse() -> [ReportNode] {
        while let character = scanner.current {
            if scanner.isAtLineStart, let fence = Fence.opening(scanner.restOfLine()) {
                readFencedBlock(fence)
            } else if character == "`" {
                appendText(readCodeSpan())
            } else if scanner.hasPrefix("<!--") {
                appendText(readThrough("-->"))
            } else if character == "\\", let next = scanner.peek(1), next != "\n" {
                appendText(String([character, next]))
                scanner.advance(by: 2)
            } else if character == "<", scanner.peek(1)?.isUppercaseASCII == true {
                readOpeningTag()
            } else if scanner.hasPrefix("</"), scanner.peek(2)?.isUppercaseASCII == true {
                readClosingTag()
            } else {
                appendText(String(character))
                scanner.advance()
            }
        }
        flushText()
        while stack.count > 1, let open = stack.popLast()?.component {
            diagnostics.report(Diagnostic(at: open.location, "<\(open.name)> is never closed",
                                          hint: "add </\(open.name)>, or end the tag with '/>' if it has no content"))
        }
        return stack[0].nodes
    }

    // MARK: - Text

    private mutating func appendText(_ piece: String) {
        if text.isEmpty { textStart = scanner.location }
        text += piece
        for character in piece {
            if character == "\n" { lineHasContent = false } else if !character.isWhitespace { lineHasContent = true }
        }
    }

    private mutating func flushText() {
        guard !text.isEmpty else { return }
        stack[stack.count - 1].nodes.append(.markdown(text, textStart))
        text = ""
    }

    private mutating func readCodeSpan() -> String {
        var run = 0
        while scanner.peek(run) == "`" { run += 1 }
        // Find a closing run of exactly the same length; without one the backticks are literal.
        var offset = run
        while let character = scanner.peek(offset) {
            if character == "`" {
                var length = 0
                while scanner.peek(offset + length) == "`" { length += 1 }
                if length == run {
                    var span = ""
                    for _ in 0..<(offset + length) { span.append(scanner.advance()!) }
                    return span
                }
                offset += length
            } else {
                offset += 1
            }
        }
        var literal = ""
        for _ in 0..<run { literal.append(scanner.advance()!) }
        return literal
    }

    private mutating func readThrough(_ terminator: String) -> String {
        var piece = ""
        while !scanner.isAtEnd, !scanner.hasPrefix(terminator) { piece.append(scanner.advance()!) }
        for _ in terminator where !scanner.isAtEnd { piece.append(scanner.advance()!) }
        return piece
    }

    // MARK: - Fenced blocks

    private mutating func readFencedBlock(_ fence: Fence) {
        let location = scanner.location
        let openingLine = scanner.readLine()
        let textLocation = scanner.location
        var content = ""
        var closingLine: String?
        while !scanner.isAtEnd {
            let line = scanner.readLine()
            if fence.isClosed(by: line) {
                closingLine = line
                break
            }
            content += line
        }
        guard let query = fence.query else {
            appendText(openingLine + content + (closingLine ?? ""))
            return
        }
        guard closingLine != nil else {
            diagnostics.report(Diagnostic(at: location, "the ```\(query.kind.rawValue) \(query.name) block is never closed",
                                          hint: "end it with a line of \(String(repeating: fence.character, count: fence.length))"))
            return
        }
        guard query.name.isIdentifier else {
            diagnostics.report(Diagnostic(at: location, "'\(query.name)' is not a valid query name",
                                          hint: "use letters, digits and _, starting with a letter: ```\(query.kind.rawValue) monthly_sales"))
            return
        }
        if let earlier = queries.first(where: { $0.name == query.name }) {
            diagnostics.report(Diagnostic(at: location, "a query named '\(query.name)' is already defined at line \(earlier.location.line)",
                                          hint: "give each query of a report its own name"))
            return
        }
        flushText()
        queries.append(QueryBlock(name: query.name, kind: query.kind, text: content, location: location, textLocation: textLocation))
    }

    // MARK: - Tags

    private mutating func readOpeningTag() {
        let startsLine = !lineHasContent
        var reader = TagReader(scanner: scanner)
        let parsed = reader.readOpeningTag()
        scanner = reader.scanner
        guard let tag = parsed else {
            diagnostics.report(reader.failure!)
            return
        }
        let isBlock = startsLine && scanner.restOfLine().allSatisfy(\.isWhitespace)
        if isBlock { _ = scanner.readLine() }
        flushText()
        lineHasContent = !isBlock
        let component = Component(name: tag.name, attributes: tag.attributes, isBlock: isBlock, location: tag.location)
        if tag.isSelfClosing {
            stack[stack.count - 1].nodes.append(.component(component))
        } else {
            stack.append(Container(component: component))
        }
    }

    private mutating func readClosingTag() {
        let location = scanner.location
        let startsLine = !lineHasContent
        var reader = TagReader(scanner: scanner)
        let parsed = reader.readClosingTag()
        scanner = reader.scanner
        guard let name = parsed else {
            diagnostics.report(reader.failure!)
            return
        }
        if startsLine, scanner.restOfLine().allSatisfy(\.isWhitespace) { _ = scanner.readLine() }
        flushText()
        guard stack.count > 1, let open = stack.last?.component else {
            diagnostics.report(Diagnostic(at: location, "</\(name)> closes a tag that was never opened"))
            return
        }
        guard open.name == name else {
            diagnostics.report(Diagnostic(at: location, "</\(name)> does not match <\(open.name)> opened at line \(open.location.line)",
                                          hint: "close <\(open.name)> first"))
            return
        }
        let container = stack.removeLast()
        var component = open
        component.children = container.nodes
        stack[stack.count - 1].nodes.append(.component(component))
    }
}

/// An opening code fence: three or more backticks or tildes after at most three spaces.
struct Fence {
    let character: Character
    let length: Int
    let query: (kind: QueryBlock.Kind, name: String)?

    static func opening(_ line: String) -> Fence? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let character = rest.first, character == "`" || character == "~" else { return nil }
        let length = rest.prefix { $0 == character }.count
        guard length >= 3 else { return nil }
        let info = rest.dropFirst(length).trimming(" \t\r")
        if character == "`", info.contains("`") { return nil }
        let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var query: (QueryBlock.Kind, String)?
        if words.count >= 2, let kind = QueryBlock.Kind(rawValue: words[0].lowercased()) { query = (kind, words[1]) }
        return Fence(character: character, length: length, query: query)
    }

    func isClosed(by line: String) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return false }
        let rest = line.dropFirst(indent)
        let run = rest.prefix { $0 == character }.count
        return run >= length && rest.dropFirst(run).allSatisfy(\.isWhitespace)
    }
}

extension Character {
    var isUppercaseASCII: Bool { isASCII && isUppercase }
}

extension StringProtocol {
    /// Letters, digits and `_`, starting with a letter or `_`.
    var isIdentifier: Bool {
        guard let first, first.isLetter || first == "_" else { return false }
        return allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") && $0.isASCII }
    }
}
