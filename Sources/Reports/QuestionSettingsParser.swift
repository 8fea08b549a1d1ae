import BICore

/// Reads the question engine's sections of `bi.yml`: `semantic:` (measures, dimensions, synonyms,
/// the time column) and `llm:` (an OpenAI-compatible endpoint). Mistakes point at their key.
enum QuestionSettingsParser {
    static let semanticKeys: Set<String> = ["time_column", "measures", "dimensions", "synonyms"]
    static let measureKeys: Set<String> = ["sql", "synonyms"]
    static let dimensionKeys: Set<String> = ["column", "synonyms"]
    static let llmKeys: Set<String> = ["url", "model", "api_key_env", "timeout"]

    static func semantic(in map: YAMLMapping, diagnostics: inout DiagnosticCollector) -> SemanticModel? {
        guard let section = diagnostics.attempt({ try map.mapping("semantic") }) ?? nil else { return nil }
        section.reportUnknownKeys(known: semanticKeys, into: &diagnostics, context: "semantic")
        var model = SemanticModel(location: map.location(of: "semantic"))
        model.timeColumn = diagnostics.attempt { try section.string("time_column") } ?? nil
        if let measures = diagnostics.attempt({ try section.mapping("measures") }) ?? nil {
            for name in measures.keys {
                guard let (sql, synonyms) = entry(name, in: measures, main: "sql", known: measureKeys, diagnostics: &diagnostics) else { continue }
                model.measures.append(SemanticModel.Measure(name: name, sql: sql, synonyms: synonyms, location: measures.location(of: name)))
            }
        }
        if let dimensions = diagnostics.attempt({ try section.mapping("dimensions") }) ?? nil {
            for name in dimensions.keys {
                guard let (column, synonyms) = entry(name, in: dimensions, main: "column", known: dimensionKeys, diagnostics: &diagnostics) else { continue }
                model.dimensions.append(SemanticModel.Dimension(name: name, column: column, synonyms: synonyms, location: dimensions.location(of: name)))
            }
        }
        if let synonyms = diagnostics.attempt({ try section.mapping("synonyms") }) ?? nil {
            for word in synonyms.keys {
                if let meaning = diagnostics.attempt({ try synonyms.string(word) }) ?? nil { model.synonyms[word] = meaning }
            }
        }
        return model
    }

    /// `name: VALUE` or `name: {main: VALUE, synonyms: [...]}`.
    private static func entry(_ name: String, in map: YAMLMapping, main: String, known: Set<String>,
                              diagnostics: inout DiagnosticCollector) -> (String, [String])? {
        if let nested = try? map.mapping(name) {
            nested.reportUnknownKeys(known: known, into: &diagnostics, context: "'\(name)'")
            guard let value = diagnostics.attempt({ try nested.string(main) }) ?? nil else {
                diagnostics.report(Diagnostic(at: map.location(of: name), "'\(name)' needs '\(main)'"))
                return nil
            }
            return (value, (diagnostics.attempt { try nested.strings("synonyms") } ?? nil) ?? [])
        }
        guard let value = diagnostics.attempt({ try map.string(name) }) ?? nil else { return nil }
        return (value, [])
    }

    static func llm(in map: YAMLMapping, diagnostics: inout DiagnosticCollector) -> LLMSettings? {
        guard let section = diagnostics.attempt({ try map.mapping("llm") }) ?? nil else { return nil }
        section.reportUnknownKeys(known: llmKeys, into: &diagnostics, context: "llm")
        let url = diagnostics.attempt { try section.string("url") } ?? nil
        let model = diagnostics.attempt { try section.string("model") } ?? nil
        guard let url, let model else {
            diagnostics.report(Diagnostic(at: map.location(of: "llm"), "llm needs 'url' and 'model'",
                                          hint: "for example url: http://localhost:11434/v1 and model: llama3.1"))
            return nil
        }
        let timeout = diagnostics.attempt { try section.int("timeout") } ?? nil
        return LLMSettings(url: url, model: model, apiKeyEnvironmentVariable: diagnostics.attempt { try section.string("api_key_env") } ?? nil,
                           timeout: Double(timeout ?? 60), location: map.location(of: "llm"))
    }
}
