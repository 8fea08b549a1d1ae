import BICore

/// One named stage of a build. Steps read and change the shared ``BuildContext``.
public struct BuildStep: Sendable {
    public let name: String
    /// Whether the step must not run after an error (it writes something).
    public let needsNoErrors: Bool
    let body: @Sendable (inout BuildContext) async throws -> Void

    public init(name: String, needsNoErrors: Bool = false, body: @escaping @Sendable (inout BuildContext) async throws -> Void) {
        self.name = name
        self.needsNoErrors = needsNoErrors
        self.body = body
    }
}

/// A build that stopped: the step that failed and what the user has to fix.
public struct BuildFailure: Error, Sendable {
    public var step: String
    public var diagnostics: [Diagnostic]
}

/// Prints progress lines, or nothing (in CI and when output is not a terminal).
public protocol ProgressReporter: Sendable {
    func step(_ index: Int, of count: Int, _ name: String)
}

/// Reports nothing.
public struct SilentProgress: ProgressReporter {
    public init() {}
    public func step(_ index: Int, of count: Int, _ name: String) {}
}
