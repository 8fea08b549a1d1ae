/// A project's `bi.yml`: its title, sources and settings.
public struct ProjectConfig: Sendable, Hashable {
    public var title: String
    /// IANA zone for schedules and "today" (`Europe/Berlin`); nil means UTC.
    public var timezone: String?
    /// The source a report uses when its front matter names none.
    public var defaultSource: String?
    public var sources: [SourceConfig]
    /// `state:`: where users, sessions, the audit log and run history live (`sqlite:PATH` or
    /// `postgres://…`); nil means `.bi/state.sqlite`.
    public var state: String?
    /// `smtp:`: how to send email; nil when the project sends none.
    public var smtp: SMTPConfig?
    /// Where `bi.yml` sets each top-level key, for diagnostics found later.
    public var locations: [String: SourceLocation]
    /// `limits:` for every query of the project (a source's own `limits:` win).
    public var limits = LimitSettings()
    /// Paper and margins of PDF reports (`pdf:` in bi.yml).
    public var pdf = PDFSettings()
    /// Business names for the question engine (`semantic:`), overriding what it infers.
    public var semantic: SemanticModel?
    /// An LLM endpoint for questions the built-in engine declines (`llm:`); nil keeps questions offline.
    public var llm: LLMSettings?
    /// `schedules:`: reports emailed on a schedule, set in `bi.yml` rather than in their front matter.
    public var schedules: [ScheduleSettings] = []
    /// `scheduler:`: catch-up policy, retries, concurrency and leases.
    public var scheduler = SchedulerSettings()

    public init(title: String, timezone: String? = nil, defaultSource: String? = nil,
                sources: [SourceConfig] = [], locations: [String: SourceLocation] = [:]) {
        self.title = title
        self.timezone = timezone
        self.defaultSource = defaultSource
        self.sources = sources
        self.locations = locations
    }

    public func source(named name: String) -> SourceConfig? { sources.first { $0.name == name } }
}

extension SourceConfig {
    /// Whether someone with these access names (a role and groups) may ask questions of the source.
    public func allows(_ names: Set<String>, isAdmin: Bool) -> Bool {
        isAdmin || access.map { !names.isDisjoint(with: $0) } ?? true
    }

    /// The tables of the source that someone with these access names may not ask about.
    public func hiddenTables(for names: Set<String>, isAdmin: Bool) -> Set<String> {
        isAdmin ? [] : Set(tableAccess.filter { names.isDisjoint(with: $0.value) }.keys)
    }
}

/// One named source under `sources:` in `bi.yml`.
public struct SourceConfig: Sendable, Hashable {
    public var name: String
    /// `sqlite:PATH`, `postgres://…`, `mysql://…`, `csv:PATH`, `xlsx:PATH`, `json:PATH`.
    public var url: String
    /// The environment variable holding the password; secrets never live in `bi.yml`.
    public var passwordEnvironmentVariable: String?
    /// Types, HTTP headers, JSON records and limits for this source.
    public var options = SourceOptions()
    /// When set and the SQLite file is missing, the demo sales data (this many order items) is made first.
    public var demoDataRows: Int?
    /// `access: [finance, editor]`: the roles or groups that may ask questions of this source in
    /// `bi serve` (admins always may); nil: every signed-in user.
    public var access: [String]?
    /// `table_access: {customers: [finance]}`: tables only these roles or groups may ask about;
    /// tables not named are open to everyone who may use the source.
    public var tableAccess: [String: [String]] = [:]
    public var location: SourceLocation

    public init(name: String, url: String, passwordEnvironmentVariable: String? = nil, demoDataRows: Int? = nil,
                location: SourceLocation) {
        self.name = name
        self.url = url
        self.passwordEnvironmentVariable = passwordEnvironmentVariable
        self.demoDataRows = demoDataRows
        self.location = location
    }
}
