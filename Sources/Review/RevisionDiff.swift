import BICore

/// What changed in a project between two revisions, report by report.
public struct RevisionDiff: Sendable {
    public struct QueryChange: Sendable {
        public var name: String
        /// Old and new SQL when the text changed.
        public var sql: (before: String, after: String)?
        public var result: ResultComparison?
        /// The query is new or gone.
        public var isAdded = false
        public var isRemoved = false
    }

    public struct ReportChange: Sendable {
        public var report: String
        public var pagesAdded: [String] = []
        public var pagesRemoved: [String] = []
        /// Per page with changes: its queries that changed.
        public var pages: [(page: String, queries: [QueryChange])] = []
        /// Pages whose data did not change.
        public var unchangedPages = 0
    }

    public var reports: [ReportChange]

    public init(before: RevisionSnapshot, after: RevisionSnapshot, tolerance: Double) {
        var byReport: [String: ReportChange] = [:]
        let paths = Set(before.pages.keys).union(after.pages.keys).sorted()
        for path in paths {
            let old = before.pages[path], new = after.pages[path]
            let report = (new ?? old)!.report
            var change = byReport[report] ?? ReportChange(report: report)
            switch (old, new) {
            case (nil, _?): change.pagesAdded.append(path)
            case (_?, nil): change.pagesRemoved.append(path)
            case (let old?, let new?):
                let queries = RevisionDiff.compare(old, new, tolerance: tolerance)
                if queries.isEmpty { change.unchangedPages += 1 } else { change.pages.append((path, queries)) }
            default: break
            }
            byReport[report] = change
        }
        reports = byReport.values.sorted { $0.report < $1.report }
    }

    /// Whether any number, query or page changed.
    public var hasChanges: Bool {
        reports.contains { !$0.pagesAdded.isEmpty || !$0.pagesRemoved.isEmpty || !$0.pages.isEmpty }
    }

    private static func compare(_ old: RevisionSnapshot.Page, _ new: RevisionSnapshot.Page, tolerance: Double) -> [QueryChange] {
        var changes: [QueryChange] = []
        for name in Set(old.queries.keys).union(new.queries.keys).sorted() {
            var change = QueryChange(name: name)
            switch (old.queries[name], new.queries[name]) {
            case (nil, _?): change.isAdded = true
            case (_?, nil): change.isRemoved = true
            case (let before?, let after?):
                if normalized(before.sql) != normalized(after.sql) { change.sql = (before.sql, after.sql) }
                if let a = before.result, let b = after.result {
                    let comparison = ResultComparison(before: a, after: b, tolerance: tolerance)
                    if !comparison.isEmpty { change.result = comparison }
                }
                guard change.sql != nil || change.result != nil else { continue }
            default: continue
            }
            changes.append(change)
        }
        return changes
    }

    /// SQL with whitespace runs collapsed, so re-indenting is not a change.
    static func normalized(_ sql: String) -> String { sql.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
