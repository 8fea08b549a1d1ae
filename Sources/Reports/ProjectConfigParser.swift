import BICore

/// Reads `bi.yml`. Unknown keys are warnings; wrong types and missing URLs are errors.
public enum ProjectConfigParser {
    static let knownKeys: Set<String> = ["title", "timezone", "default_source", "sources", "state", "smtp", "limits"]
    static let knownSourceKeys: Set<String> = ["url", "password_env", "demo_data"]
    static let knownSMTPKeys: Set<String> = ["host", "port", "username", "password_env", "from", "starttls"]

    public static func parse(_ text: String, file: String = "bi.yml", diagnostics: inout DiagnosticCollector) -> ProjectConfig? {
        let before = diagnostics.diagnostics.count
        guard let map = diagnostics.attempt({ try YAMLMapping(parsing: text, file: file) }) else { return nil }
        map.reportUnknownKeys(known: knownKeys, into: &diagnostics, context: "bi.yml")
        var config = ProjectConfig(title: (diagnostics.attempt { try map.string("title") } ?? nil) ?? "SmartBI")
        config.timezone = diagnostics.attempt { try map.string("timezone") } ?? nil
        config.defaultSource = diagnostics.attempt { try map.string("default_source") } ?? nil
        for key in map.keys { config.locations[key] = map.valueLocation(of: key) }
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
                config.sources.append(SourceConfig(
                    name: name, url: url,
                    passwordEnvironmentVariable: diagnostics.attempt { try source.string("password_env") } ?? nil,
                    demoDataRows: diagnostics.attempt { try source.int("demo_data") } ?? nil,
                    location: sources.location(of: name)))
            }
        }
        config.state = diagnostics.attempt { try map.string("state") } ?? nil
        if let smtp = diagnostics.attempt({ try map.mapping("smtp") }) ?? nil { config.smtp = parseSMTP(smtp, diagnostics: &diagnostics) }
        if let name = config.defaultSource, config.source(named: name) == nil {
            diagnostics.report(Diagnostic(at: map.valueLocation(of: "default_source"), "no source named '\(name)' in 'sources'",
                                          hint: name.closestMatch(in: config.sources.map(\.name)).map { "did you mean '\($0)'?" }))
        }
        if config.defaultSource == nil, config.sources.count == 1 { config.defaultSource = config.sources[0].name }
        return diagnostics.diagnostics[before...].contains { $0.severity == .error } ? nil : config
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
}
