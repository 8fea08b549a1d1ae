import BICore

/// Writes a ``RevisionDiff`` for a terminal or as Markdown for a pull-request comment.
public struct DiffFormatter: Sendable {
    public enum Style: String, Sendable, CaseIterable { case text, markdown }

    public var style: Style
    /// Changed values listed per query before "… and N more".
    public var maxValues = 8

    public init(style: Style) { self.style = style }

    public func format(_ diff: RevisionDiff, base: String, head: String) -> String {
        var out = style == .markdown ? "## Data changes: `\(base)` → `\(head)`\n\n" : "Data changes: \(base) → \(head)\n\n"
        guard diff.hasChanges else { return out + "No SQL, numbers or pages changed.\n" }
        var quiet: [String] = []
        for report in diff.reports {
            guard !report.pagesAdded.isEmpty || !report.pagesRemoved.isEmpty || !report.pages.isEmpty else {
                quiet.append(report.report)
                continue
            }
            out += style == .markdown ? "### `\(report.report)`\n\n" : "\(report.report)\n"
            if !report.pagesAdded.isEmpty { out += item(1, "pages added: " + list(report.pagesAdded)) }
            if !report.pagesRemoved.isEmpty { out += item(1, "pages removed: " + list(report.pagesRemoved)) }
            for (page, queries) in report.pages {
                out += item(1, code(page))
                for query in queries { out += describe(query) }
            }
            if report.unchangedPages > 0, !report.pages.isEmpty { out += item(1, "\(report.unchangedPages) other page\(report.unchangedPages == 1 ? "" : "s") unchanged") }
            out += "\n"
        }
        if !quiet.isEmpty { out += (style == .markdown ? "No data change in " : "No data change: ") + quiet.map(code).joined(separator: ", ") + "\n" }
        return out
    }

    private func describe(_ query: RevisionDiff.QueryChange) -> String {
        if query.isAdded { return item(2, "query \(code(query.name)) added") }
        if query.isRemoved { return item(2, "query \(code(query.name)) removed") }
        var out = ""
        if let sql = query.sql {
            out += item(2, "query \(code(query.name)): SQL changed")
            var lines = ""
            for line in LineDiff.lines(sql.before.trimming("\n"), sql.after.trimming("\n")) {
                switch line {
                case .same(let text): lines += "  " + text + "\n"
                case .removed(let text): lines += "- " + text + "\n"
                case .added(let text): lines += "+ " + text + "\n"
                }
            }
            out += style == .markdown ? "\n    ```diff\n" + lines.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n    ```\n\n"
                                      : lines.split(separator: "\n").map { "        " + $0 }.joined(separator: "\n") + "\n"
        }
        guard let result = query.result else { return out + (query.sql != nil ? item(3, "same results") : "") }
        var summary = "query \(code(query.name)): \(result.rowCounts.before) → \(result.rowCounts.after) rows"
        if !result.added.isEmpty { summary += ", \(result.added.count) added" }
        if !result.removed.isEmpty { summary += ", \(result.removed.count) removed" }
        if !result.changes.isEmpty { summary += ", \(result.changes.count) value\(result.changes.count == 1 ? "" : "s") changed" }
        if result.columnsChanged { summary += ", columns changed" }
        out += item(2, summary)
        for total in result.totals {
            out += item(3, "total \(code(total.column)): \(number(total.before)) → \(number(total.after)) (\(percent(total.before, total.after)))")
        }
        for change in result.changes.prefix(maxValues) {
            out += item(3, "\(change.row) \(code(change.column)): \(change.before.map(number) ?? "null") → \(change.after.map(number) ?? "null")"
                           + (change.before.flatMap { before in change.after.map { percent(before, $0) } }.map { " (\($0))" } ?? ""))
        }
        if result.changes.count > maxValues { out += item(3, "… and \(result.changes.count - maxValues) more") }
        if !result.added.isEmpty { out += item(3, "rows added: " + list(result.added)) }
        if !result.removed.isEmpty { out += item(3, "rows removed: " + list(result.removed)) }
        return out
    }

    private func item(_ depth: Int, _ text: String) -> String {
        style == .markdown ? String(repeating: "  ", count: depth - 1) + "- " + text + "\n" : String(repeating: "  ", count: depth) + text + "\n"
    }

    private func code(_ text: String) -> String { style == .markdown ? "`\(text)`" : text }

    private func list(_ items: [String]) -> String {
        items.prefix(maxValues).map(code).joined(separator: ", ") + (items.count > maxValues ? ", … (\(items.count) in all)" : "")
    }

    private func number(_ value: Double) -> String { NumberFormat.groupedTrimmed(value, maxDecimals: 2) }

    private func percent(_ before: Double, _ after: Double) -> String {
        guard before != 0 else { return "new" }
        let change = (after - before) / abs(before)
        return (change >= 0 ? "+" : "") + NumberFormat.trimmed(change * 100, maxDecimals: 1) + "%"
    }
}
