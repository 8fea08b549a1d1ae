import BICore

/// Splits a report body into Markdown, component tags and query blocks, keeping positions.
///
/// Markdown itself is left to cmark-gfm later; this pass only has to know enough Markdown not
/// to see tags inside code (fenced blocks, code spans) or HTML comments.
struct BodyParser {
    var scanner: SourceScanner
    private(set) var queries: [QueryBlock] = []
    var diagnostics = DiagnosticCollector()

    /// What an open block is, while its content is being read.
    enum Frame {
        case root
        case component(Component)
        case each(EachBlock)
        /// An `{#if}` whose finished branches are in the block and whose current branch has `condition`.
        case conditional(ConditionalBlock, condition: Expression?, branchLocation: SourceLocation)
    }

    struct Container {
        var frame: Frame
        var nodes: [ReportNode] = []
    }
    var stack = [Container(frame: .root)]
    private var text = ""
    private var textStart: SourceLocation
    var lineHasContent = false

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
            } else if character == "{", let next = scanner.peek(1), "#:/@".contains(next) {
                readTemplateTag()
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
        while stack.count > 1, let open = stack.popLast() {
            switch open.frame {
            case .component(let component):
                diagnostics.report(Diagnostic(at: component.location, "<\(component.name)> is never closed",
                                              hint: "add </\(component.name)>, or end the tag with '/>' if it has no content"))
            case .each(let block):
                diagnostics.report(Diagnostic(at: block.location, "{#each} is never closed", hint: "add {/each} after the repeated content"))
            case .conditional(let block, _, _):
                diagnostics.report(Diagnostic(at: block.location, "{#if} is never closed", hint: "add {/if}"))
            case .root:
                break
            }
        }
        return stack[0].nodes
    }

    /// Appends a finished node to the innermost open block.
    mutating func append(_ node: ReportNode) { stack[stack.count - 1].nodes.append(node) }

    /// Ends the current line when a block-level tag stood alone on it, so no empty paragraph is left.
    mutating func consumeLineIfAlone(startsLine: Bool) -> Bool {
        guard startsLine, scanner.restOfLine().allSatisfy(\.isWhitespace) else { return false }
        _ = scanner.readLine()
        return true
    }

    // MARK: - Text

    private mutating func appendText(_ piece: String) {
        if text.isEmpty { textStart = scanner.location }
        text += piece
        for character in piece {
            if character == "\n" { lineHasContent = false } else if !character.isWhitespace { lineHasContent = true }
        }
    }

    mutating func flushText() {
        guard !text.isEmpty else { return }
        append(.markdown(text, textStart))
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
        let isBlock = consumeLineIfAlone(startsLine: startsLine)
        flushText()
        lineHasContent = !isBlock
        let component = Component(name: tag.name, attributes: tag.attributes, isBlock: isBlock, location: tag.location)
        if tag.isSelfClosing {
            append(.component(component))
        } else {
            stack.append(Container(frame: .component(component)))
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
        _ = consumeLineIfAlone(startsLine: startsLine)
        flushText()
        guard case .component(let open)? = stack.last?.frame else {
            diagnostics.report(Diagnostic(at: location, "</\(name)> closes a tag that was never opened",
                                          hint: stack.count > 1 ? "close the {#each} or {#if} opened before it first" : nil))
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
        append(.component(component))
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

