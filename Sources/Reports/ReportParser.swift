import BICore

/// Parses report files: YAML front matter, `sql`/`ask` blocks and component tags, with positions.
///
/// ```swift
/// let parser = ReportParser(catalog: catalog)
/// let report = try parser.parse(text, path: "reports/sales.md")   // throws DiagnosticList
/// ```
public struct ReportParser: Sendable {
    public var catalog: ComponentCatalog

    public init(catalog: ComponentCatalog) { self.catalog = catalog }

    /// Parses one file; errors and warnings go to `diagnostics`. Returns nil if there were errors.
    public func parse(_ text: String, path: String, diagnostics: inout DiagnosticCollector) -> Report? {
        let before = diagnostics.diagnostics.count
        let (frontMatterText, body, bodyLine) = split(text, path: path, diagnostics: &diagnostics)
        var frontMatter = FrontMatter()
        if let frontMatterText,
           let map = diagnostics.attempt({ try YAMLMapping(parsing: frontMatterText, file: path, lineOffset: 1) }) {
            frontMatter = FrontMatter(map, diagnostics: &diagnostics)
        }
        var bodyParser = BodyParser(body, file: path, firstLine: bodyLine)
        let nodes = bodyParser.parse()
        diagnostics.report(DiagnosticList(bodyParser.diagnostics.diagnostics))
        let report = Report(path: path, frontMatter: frontMatter, queries: bodyParser.queries, body: nodes)
        ComponentValidator(catalog: catalog, report: report).validate(into: &diagnostics)
        let failed = diagnostics.diagnostics[before...].contains { $0.severity == .error }
        return failed ? nil : report
    }

    /// Parses one file, throwing its errors as a ``DiagnosticList``; warnings are dropped.
    public func parse(_ text: String, path: String) throws -> Report {
        var diagnostics = DiagnosticCollector()
        guard let report = parse(text, path: path, diagnostics: &diagnostics) else {
            throw DiagnosticList(diagnostics.diagnostics.filter { $0.severity == .error })
        }
        return report
    }

    /// Separates the `---` front matter from the body. Returns the body's first line number.
    private func split(_ text: String, path: String, diagnostics: inout DiagnosticCollector) -> (String?, String, Int) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0].removeFirst() }
        guard lines.first?.trimming(" \t\r") == "---" else { return (nil, text, 1) }
        guard let end = lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.trimming(" \t\r")) }) else {
            diagnostics.report(Diagnostic(at: SourceLocation(file: path, line: 1, column: 1), "the front matter is never closed",
                                          hint: "end it with a line of three dashes: ---"))
            return (nil, "", lines.count + 1)
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return (yaml, body, end + 2)
    }
}
