import BICore

/// Parses report files: YAML front matter, `sql`/`ask` blocks and component tags, with positions.
///
/// ```swift
/// let parser = ReportParser(catalog: catalog)
/// let report = try parser.parse(text, path: "reports/sales.md")   // throws DiagnosticList
/// ```
public struct ReportParser: Sendable {
    public var catalog: ComponentCatalog
    /// Where `{@partial}` and front-matter `queries:` files come from.
    public var files: IncludedFiles

    public init(catalog: ComponentCatalog, files: IncludedFiles = .none) {
        self.catalog = catalog
        self.files = files
    }

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
        var nodes = bodyParser.parse()
        var queries = bodyParser.queries
        diagnostics.report(DiagnosticList(bodyParser.diagnostics.diagnostics))
        var splicer = PartialSplicer(files: files, including: [path])
        nodes = splicer.splice(nodes, queries: &queries, diagnostics: &diagnostics)
        for name in frontMatter.queryFiles {
            addQueryFile(name, to: &queries, at: frontMatter.locations["queries"], diagnostics: &diagnostics)
        }
        let report = Report(path: path, frontMatter: frontMatter, queries: queries, body: nodes)
        ReportValidator(catalog: catalog, report: report).validate(into: &diagnostics)
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

    /// Adds `queries/NAME.sql` as the query `NAME`.
    private func addQueryFile(_ name: String, to queries: inout [QueryBlock], at location: SourceLocation?,
                              diagnostics: inout DiagnosticCollector) {
        guard name.isIdentifier else {
            diagnostics.report(Diagnostic(at: location, "'\(name)' is not a valid query name", hint: "name a file in queries/ without .sql"))
            return
        }
        guard let text = files.query(name) else {
            diagnostics.report(Diagnostic(at: location, "no query file queries/\(name).sql",
                                          hint: "reusable queries are .sql files in the project's queries/ folder"))
            return
        }
        let file = SourceLocation(file: "queries/\(name).sql", line: 1, column: 1)
        if let earlier = queries.first(where: { $0.name == name }) {
            diagnostics.report(Diagnostic(at: location, "a query named '\(name)' is already defined at \(earlier.location)"))
            return
        }
        queries.append(QueryBlock(name: name, kind: .sql, text: text, location: file, textLocation: file))
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
