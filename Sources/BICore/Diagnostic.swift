/// A problem the user can fix. The CLI, server and scheduler print nothing else.
///
/// ```swift
/// Diagnostic(at: location, "unknown component <BarChrt>", hint: "did you mean <BarChart>?")
/// // reports/sales.md:3:1: error: unknown component <BarChrt>
/// //   hint: did you mean <BarChart>?
/// ```
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case error, warning }

    public var severity: Severity
    public var location: SourceLocation?
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var hint: String?

    public init(_ severity: Severity = .error, at location: SourceLocation?, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = (location.map { "\($0): " } ?? "") + "\(severity.rawValue): \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

/// Several diagnostics found in one pass, thrown together so one run reports them all.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// An error that knows how to describe itself to the user as diagnostics.
public protocol DiagnosticConvertible: Error {
    var diagnostics: [Diagnostic] { get }
}

extension Diagnostic: DiagnosticConvertible {
    public var diagnostics: [Diagnostic] { [self] }
}

extension DiagnosticList: DiagnosticConvertible {}

/// Collects diagnostics while a stage keeps going, then throws them together.
public struct DiagnosticCollector: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    /// Records a diagnostic, once: the same problem met again (in every row of a loop) is not repeated.
    public mutating func report(_ diagnostic: Diagnostic) {
        if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
    }

    public mutating func report(_ error: any DiagnosticConvertible) {
        for diagnostic in error.diagnostics { report(diagnostic) }
    }

    /// Runs `body`, recording its error instead of throwing it. Returns nil on failure.
    public mutating func attempt<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let error as any DiagnosticConvertible {
            report(error)
        } catch {
            report(Diagnostic(at: nil, "\(error)"))
        }
        return nil
    }

    /// Throws everything collected if any of it is an error.
    public func throwIfErrors() throws {
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticList(diagnostics) }
    }
}
