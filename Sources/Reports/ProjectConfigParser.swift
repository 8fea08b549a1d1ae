import BICore
import Foundation

/// Reads `bi.yml`. Unknown keys are warnings; wrong types and missing URLs are errors.
public enum ProjectConfigParser {
    static let knownKeys: Set<String> = ["title", "timezone", "default_source", "sources", "state", "smtp", "limits", "pdf",
                                         "semantic", "llm", "schedules", "scheduler"]
    static let knownSourceKeys: Set<String> = Set(["url", "password_env", "demo_data", "access", "table_access"]).union(SourceOptionsParser.keys)
    static let knownSMTPKeys: Set<String> = ["host", "port", "username", "password_env", "from", "starttls"]

    public static func parse(_ text: String, file: String = "bi.yml", diagnostics: inout DiagnosticCollector) -> ProjectConfig? {
        let before = diagnostics.diagnostics.count
        guard let map = diagnostics.attempt({ try YAMLMapping(parsing: text, file: file) }) else { return nil }
        map.reportUnknownKeys(known: knownKeys, into: &diagnostics, context: "bi.yml")
        var config = ProjectConfig(title: (diagnostics.attempt { try map.string("title") } ?? nil) ?? "SmartBI")
        config.timezone = diagnostics.attempt { try map.string("timezone") } ?? nil
        config.defaultSource = diagnostics.attempt { try map.string("default_source") } ?? nil
        for key in map.keys { config.locations[key] = map.valueLocation(of: key) }
        config.limits = SourceOptionsParser.limits(in: map, diagnostics: &diagnostics)
        if let pdf = diagnostics.attempt({ try map.mapping("pdf") }) ?? nil { config.pdf = pdfSettings(pdf, diagnostics: &diagnostics) }
        config.semantic = QuestionSettingsParser.semantic(in: map, diagnostics: &diagnostics)
        config.llm = QuestionSettingsParser.llm(in: map, diagnostics: &diagnostics)
        if let sources = diagnostics.attempt({ try map.mapping("sources") }) ?? nil {
            for name in sources.keys {
                guard let source = diagnostics.attempt({ try sources.mapping(name) }) ?? nil else {
                    diagnostics.report(Diagnostic(at: sources.valueLocation(of: name), "source '\(name)' needs keys, at least 'url'"))
                    continue
                }
                source.reportUnknownKeys(known: knownSourceKeys, into: &diagnostics, context: "source")
                guard let url = diagnostics.attempt({ try source.string("url") }) ?? nil else {
                    diagnostics.report(Diagnostic(at: sources.location(of: name), "source '\(name)' has no 'url'",
                                                  hint: "for example url: sqlite:data/sales.db"))
                    continue
                }
                var sourceConfig = SourceConfig(
                    name: name, url: url,
                    passwordEnvironmentVariable: diagnostics.attempt { try source.string("password_env") } ?? nil,
                    demoDataRows: diagnostics.attempt { try source.int("demo_data") } ?? nil,
                    location: sources.location(of: name))
                sourceConfig.options = SourceOptionsParser.parse(source, diagnostics: &diagnostics)
                sourceConfig.access = accessList(source, key: "access", diagnostics: &diagnostics)
                sourceConfig.tableAccess = tableAccess(source, diagnostics: &diagnostics)
                config.sources.append(sourceConfig)
            }
        }
        config.state = diagnostics.attempt { try map.string("state") } ?? nil
        if let smtp = diagnostics.attempt({ try map.mapping("smtp") }) ?? nil { config.smtp = parseSMTP(smtp, diagnostics: &diagnostics) }
        config.schedules = ScheduleParser.projectSchedules(map, diagnostics: &diagnostics)
        config.scheduler = ScheduleParser.schedulerSettings(map, diagnostics: &diagnostics)
        if let timezone = config.timezone, TimeZone(identifier: timezone) == nil {
            diagnostics.report(Diagnostic(at: map.valueLocation(of: "timezone"), "unknown time zone '\(timezone)'",
                                          hint: "use an IANA name such as Europe/Berlin or America/New_York"))
        }
        if let name = config.defaultSource, config.source(named: name) == nil {
            diagnostics.report(Diagnostic(at: map.valueLocation(of: "default_source"), "no source named '\(name)' in 'sources'",
                                          hint: name.closestMatch(in: config.sources.map(\.name)).map { "did you mean '\($0)'?" }))
        }
        if config.defaultSource == nil, config.sources.count == 1 { config.defaultSource = config.sources[0].name }
        return diagnostics.diagnostics[before...].contains { $0.severity == .error } ? nil : config
    }

    /// `pdf: {paper, margin}`.
    static func pdfSettings(_ map: YAMLMapping, diagnostics: inout DiagnosticCollector) -> PDFSettings {
        map.reportUnknownKeys(known: ["paper", "margin"], into: &diagnostics, context: "pdf")
        var settings = PDFSettings()
        if let paper = diagnostics.attempt({ try map.string("paper") }) ?? nil {
            if PDFSettings.papers.contains(paper.lowercased()) {
                settings.paper = paper.lowercased()
            } else {
                diagnostics.report(Diagnostic(at: map.valueLocation(of: "paper"), "unknown paper '\(paper)'", hint: "use a4 or letter"))
            }
        }
        if let margin = diagnostics.attempt({ try map.string("margin") }) ?? nil {
            if let points = PDFSettings.points(margin), points >= 0, points < 200 {
                settings.margin = points
            } else {
                diagnostics.report(Diagnostic(at: map.valueLocation(of: "margin"), "'\(margin)' is not a margin",
                                              hint: "write points (56) or a length: 20mm, 2cm, 0.75in"))
            }
        }
        return settings
    }

    /// `smtp:` needs `host` and `from`; `port` defaults to 587 and `starttls` to true.
    static func parseSMTP(_ map: YAMLMapping, diagnostics: inout DiagnosticCollector) -> SMTPConfig? {
        map.reportUnknownKeys(known: knownSMTPKeys, into: &diagnostics, context: "smtp")
        let host = diagnostics.attempt { try map.string("host") } ?? nil
        let from = diagnostics.attempt { try map.string("from") } ?? nil
        guard let host, let from else {
            diagnostics.report(Diagnostic(at: map.location(of: host == nil ? "host" : "from"), "smtp needs '\(host == nil ? "host" : "from")'",
                                          hint: "for example host: smtp.example.com and from: \"Reports <reports@example.com>\""))
            return nil
        }
        return SMTPConfig(host: host, port: (diagnostics.attempt { try map.int("port") } ?? nil) ?? 587,
                          username: diagnostics.attempt { try map.string("username") } ?? nil,
                          passwordEnvironmentVariable: diagnostics.attempt { try map.string("password_env") } ?? nil,
                          from: from, startTLS: (diagnostics.attempt { try map.bool("starttls") } ?? nil) ?? true)
    }

    /// A non-empty list of role or group names (`access: [finance, editor]`).
    static func accessList(_ map: YAMLMapping, key: String, diagnostics: inout DiagnosticCollector) -> [String]? {
        guard let names = diagnostics.attempt({ try map.strings(key) }) ?? nil else { return nil }
        let cleaned = names.map { $0.trimmingCharacters(in: .whitespaces) }
        guard !cleaned.isEmpty, !cleaned.contains(where: \.isEmpty) else {
            diagnostics.report(Diagnostic(at: map.valueLocation(of: key), "'\(key)' needs role or group names",
                                          hint: "write for example `\(key): [viewer, finance]`, or leave it out to allow everyone"))
            return nil
        }
        return cleaned
    }

    /// `table_access:`: each table name with the roles or groups that may ask about it.
    static func tableAccess(_ source: YAMLMapping, diagnostics: inout DiagnosticCollector) -> [String: [String]] {
        guard let tables = diagnostics.attempt({ try source.mapping("table_access") }) ?? nil else { return [:] }
        var result: [String: [String]] = [:]
        for table in tables.keys {
            if let names = accessList(tables, key: table, diagnostics: &diagnostics) { result[table] = names }
        }
        return result
    }
}
