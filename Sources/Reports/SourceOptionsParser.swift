import BICore

/// Reads a source's `types:`, `headers:`, `records:`, `next:`, `table:` and `limits:` from `bi.yml`,
/// and the project's `limits:`.
enum SourceOptionsParser {
    static let keys: Set<String> = ["types", "headers", "records", "next", "table", "limits"]

    static func parse(_ source: YAMLMapping, diagnostics: inout DiagnosticCollector) -> SourceOptions {
        var options = SourceOptions()
        if let types = diagnostics.attempt({ try source.mapping("types") }) ?? nil {
            for column in types.keys {
                guard let name = diagnostics.attempt({ try types.string(column) }) ?? nil else { continue }
                guard let type = ColumnType(configName: name) else {
                    diagnostics.report(Diagnostic(at: types.valueLocation(of: column), "unknown column type '\(name)'",
                                                  hint: "use integer, decimal, date, timestamp, boolean or text"))
                    continue
                }
                options.types[column] = type
            }
        }
        if let headers = diagnostics.attempt({ try source.mapping("headers") }) ?? nil {
            for name in headers.keys {
                guard let value = diagnostics.attempt({ try headers.string(name) }) ?? nil else { continue }
                options.headers.append(SourceOptions.Header(name: name, value: value))
            }
        }
        for (key, path) in [("records", \SourceOptions.records), ("next", \SourceOptions.next)] {
            guard let pointer = diagnostics.attempt({ try source.string(key) }) ?? nil else { continue }
            if !pointer.isEmpty, !pointer.hasPrefix("/") {
                diagnostics.report(Diagnostic(at: source.valueLocation(of: key), "'\(key)' must be a JSON pointer such as /data/items"))
            }
            options[keyPath: path] = pointer
        }
        options.table = diagnostics.attempt { try source.string("table") } ?? nil
        options.limits = limits(in: source, diagnostics: &diagnostics)
        return options
    }

    /// `limits: {timeout: SECONDS, rows: N}` under `map`, if present.
    static func limits(in map: YAMLMapping, diagnostics: inout DiagnosticCollector) -> LimitSettings {
        guard let limits = diagnostics.attempt({ try map.mapping("limits") }) ?? nil else { return LimitSettings() }
        limits.reportUnknownKeys(known: ["timeout", "rows"], into: &diagnostics, context: "limits")
        var settings = LimitSettings()
        if let text = diagnostics.attempt({ try limits.string("timeout") }) ?? nil {
            if let seconds = Double(text), seconds > 0 {
                settings.timeout = seconds
            } else {
                diagnostics.report(Diagnostic(at: limits.valueLocation(of: "timeout"), "'timeout' must be a number of seconds above 0"))
            }
        }
        if let rows = diagnostics.attempt({ try limits.int("rows") }) ?? nil {
            if rows > 0 { settings.rows = rows } else {
                diagnostics.report(Diagnostic(at: limits.valueLocation(of: "rows"), "'rows' must be a whole number above 0"))
            }
        }
        return settings
    }
}
