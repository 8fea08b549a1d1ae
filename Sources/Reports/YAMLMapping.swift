import BICore
import Yams

/// A YAML mapping read with positions, so every complaint about a key points at it.
///
/// ```swift
/// var map = try YAMLMapping(parsing: text, file: "bi.yml")
/// let title = try map.string("title")          // nil when absent; an error when not a string
/// map.reportUnknownKeys(known: ["title"], into: &diagnostics)
/// ```
public struct YAMLMapping {
    public let file: String
    let node: Node.Mapping
    /// Added to YAML line numbers: front matter starts below the opening `---`.
    let lineOffset: Int

    /// Parses `text`; an empty document is an empty mapping.
    public init(parsing text: String, file: String, lineOffset: Int = 0) throws {
        self.file = file
        self.lineOffset = lineOffset
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw YAMLMapping.diagnostic(for: error, file: file, lineOffset: lineOffset)
        }
        switch root {
        case .none: node = Node.Mapping([])
        case .some(.mapping(let mapping)): node = mapping
        case .some(let other):
            throw Diagnostic(at: YAMLMapping.location(other.mark, file: file, lineOffset: lineOffset),
                             "expected keys and values (`key: value`), found \(other.kindName)")
        }
    }

    init(node: Node.Mapping, file: String, lineOffset: Int) {
        self.node = node
        self.file = file
        self.lineOffset = lineOffset
    }

    /// The keys, in file order.
    public var keys: [String] { node.keys.compactMap(\.string) }

    /// Where `key` is written, or where the mapping starts when it is absent.
    public func location(of key: String) -> SourceLocation {
        let mark = node.keys.first { $0.string == key }?.mark ?? node.mark
        return YAMLMapping.location(mark, file: file, lineOffset: lineOffset)
    }

    /// Where the value of `key` is written.
    public func valueLocation(of key: String) -> SourceLocation {
        YAMLMapping.location(node[key]?.mark ?? node.mark, file: file, lineOffset: lineOffset)
    }

    public func contains(_ key: String) -> Bool { node[key] != nil }

    public func string(_ key: String) throws -> String? {
        guard let value = present(key) else { return nil }
        guard case .scalar(let scalar) = value else { throw typeError(key, expected: "text") }
        return scalar.string
    }

    public func bool(_ key: String) throws -> Bool? {
        guard let value = present(key) else { return nil }
        guard let flag = value.bool else { throw typeError(key, expected: "true or false") }
        return flag
    }

    public func int(_ key: String) throws -> Int? {
        guard let value = present(key) else { return nil }
        guard let number = value.int else { throw typeError(key, expected: "a whole number") }
        return number
    }

    /// A list of strings; a single string counts as a list of one.
    public func strings(_ key: String) throws -> [String]? {
        guard let value = present(key) else { return nil }
        switch value {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let sequence):
            return try sequence.map { item in
                guard case .scalar(let scalar) = item else { throw typeError(key, expected: "a list of text values") }
                return scalar.string
            }
        default: throw typeError(key, expected: "a list of text values")
        }
    }

    /// A nested mapping.
    public func mapping(_ key: String) throws -> YAMLMapping? {
        guard let value = present(key) else { return nil }
        guard case .mapping(let mapping) = value else { throw typeError(key, expected: "keys and values") }
        return YAMLMapping(node: mapping, file: file, lineOffset: lineOffset)
    }

    /// Warns about each key not in `known`, suggesting the closest known one.
    public func reportUnknownKeys(known: Set<String>, into diagnostics: inout DiagnosticCollector, context: String) {
        for key in keys where !known.contains(key) {
            diagnostics.report(Diagnostic(.warning, at: location(of: key), "unknown \(context) key '\(key)' is ignored",
                                          hint: key.closestMatch(in: known.sorted()).map { "did you mean '\($0)'?" }))
        }
    }

    /// The value of `key`, unless it is absent or null.
    private func present(_ key: String) -> Node? {
        guard let value = node[key], value.null == nil else { return nil }
        return value
    }

    func typeError(_ key: String, expected: String) -> Diagnostic {
        Diagnostic(at: valueLocation(of: key), "'\(key)' must be \(expected)")
    }

    static func location(_ mark: Mark?, file: String, lineOffset: Int) -> SourceLocation {
        SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }

    static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return Diagnostic(at: location(mark, file: file, lineOffset: lineOffset), "malformed YAML: \(problem)",
                              hint: "check indentation and quoting; a value containing ': ' needs quotes")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(at: location(context.mark, file: file, lineOffset: lineOffset),
                              "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
        default:
            return Diagnostic(at: SourceLocation(file: file, line: 1 + lineOffset, column: 1), "malformed YAML: \(error)")
        }
    }
}

extension Node {
    var kindName: String {
        switch self {
        case .scalar: "a single value"
        case .sequence: "a list"
        case .mapping: "keys and values"
        case .alias: "an alias"
        }
    }
}
