import Foundation

/// A database of its own on the test PostgreSQL server (`SMARTBI_TEST_POSTGRES_URL`, started by
/// `scripts/test-servers`), created empty and dropped when the value goes away, so suites that run
/// at the same time never see each other's tables.
public final class PostgresScratchDatabase: @unchecked Sendable {
    public let url: String
    let name: String
    let serverURL: String

    /// Whether PostgreSQL tests run: the server is there, or this is CI (where it must be).
    public static var isAvailable: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["SMARTBI_TEST_POSTGRES_URL"] != nil || environment["CI"] != nil
    }

    public init(prefix: String) throws {
        guard let base = ProcessInfo.processInfo.environment["SMARTBI_TEST_POSTGRES_URL"] else {
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey:
                "SMARTBI_TEST_POSTGRES_URL is not set: run the tests through scripts/test, which starts the servers"])
        }
        serverURL = base
        name = "\(prefix)_\(UUID().uuidString.prefix(8).lowercased())"
        url = base.replacingOccurrences(of: "/smartbi_test", with: "/" + name)
        let created = try Tool.run("psql", ["-q", base, "-c", "CREATE DATABASE \(name)"])
        guard created.status == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot create \(name): \(created.errors)"])
        }
    }

    deinit { _ = try? Tool.run("psql", ["-q", serverURL, "-c", "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"]) }
}
