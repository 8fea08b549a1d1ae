import BICore

/// The YAML header of a report, between `---` lines.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    public var description: String?
    public var author: String?
    /// A source name from `bi.yml`; nil means the project's default source.
    public var source: String?
    /// Position in the navigation among its siblings (lower first; then by title).
    public var order: Int?
    /// Reusable queries to load from `queries/NAME.sql`.
    public var queryFiles: [String]
    /// On a templated page (`[product].md`), the query whose rows give the parameter's values.
    public var values: String?
    /// Whether `bi build` also writes this report as a PDF (for a templated report: one per value).
    public var pdf: Bool?
    /// Where each key is written, for diagnostics about values that are checked later.
    public var locations: [String: SourceLocation]
    /// `access: [sales, finance]`: the roles or groups that may read the report in `bi serve`; nil: every signed-in user.
    public var access: [String]?
    /// `draft: true`: shown by `bi serve` to editors and admins only.
    public var draft: Bool = false
    /// `refresh: 5m`: while `bi serve` runs, re-run the report's queries this often (seconds).
    public var refreshSeconds: Int?
    /// `schedule:` with `email:`: build this report with its PDF and email it on a cron schedule.
    public var schedule: ScheduleSettings?
    /// `alert:`: check one of its queries on a schedule and email when a condition holds.
    public var alert: AlertSettings?

    public init(title: String? = nil, description: String? = nil, author: String? = nil, source: String? = nil,
                order: Int? = nil, queryFiles: [String] = [], values: String? = nil, locations: [String: SourceLocation] = [:]) {
        self.title = title
        self.description = description
        self.author = author
        self.source = source
        self.order = order
        self.queryFiles = queryFiles
        self.values = values
        self.locations = locations
    }

    static let knownKeys: Set<String> = ["title", "description", "author", "source", "order", "queries", "values", "pdf",
                                         "access", "draft", "refresh", "schedule", "email", "alert"]

    /// Reads the keys SmartBI knows and warns about the others.
    init(_ map: YAMLMapping, diagnostics: inout DiagnosticCollector) {
        self.init()
        title = diagnostics.attempt { try map.string("title") } ?? nil
        description = diagnostics.attempt { try map.string("description") } ?? nil
        author = diagnostics.attempt { try map.string("author") } ?? nil
        source = diagnostics.attempt { try map.string("source") } ?? nil
        order = diagnostics.attempt { try map.int("order") } ?? nil
        queryFiles = (diagnostics.attempt { try map.strings("queries") } ?? nil) ?? []
        values = diagnostics.attempt { try map.string("values") } ?? nil
        pdf = diagnostics.attempt { try map.bool("pdf") } ?? nil
        access = diagnostics.attempt { try map.strings("access") } ?? nil
        draft = (diagnostics.attempt { try map.bool("draft") } ?? nil) ?? false
        if let refresh = diagnostics.attempt({ try map.string("refresh") }) ?? nil {
            refreshSeconds = FrontMatter.seconds(refresh)
            if refreshSeconds == nil {
                diagnostics.report(Diagnostic(at: map.valueLocation(of: "refresh"), "'refresh' must be a duration of at least 10 seconds",
                                              hint: "for example refresh: 30s, refresh: 5m or refresh: 1h"))
            }
        }
        schedule = ScheduleParser.frontMatterSchedule(map, report: map.file, diagnostics: &diagnostics)
        alert = ScheduleParser.frontMatterAlert(map, report: map.file, diagnostics: &diagnostics)
        for key in map.keys { locations[key] = map.valueLocation(of: key) }
        map.reportUnknownKeys(known: FrontMatter.knownKeys, into: &diagnostics, context: "front matter")
    }

    /// `30s`, `5m`, `1h` → seconds; nil for anything else or less than 10 seconds.
    static func seconds(_ text: String) -> Int? {
        guard let unit = text.last, let number = Int(text.dropLast()), number > 0 else { return nil }
        let factor = ["s": 1, "m": 60, "h": 3600][String(unit)]
        guard let factor, number * factor >= 10 else { return nil }
        return number * factor
    }
}
