import Foundation

/// The PostgreSQL and MariaDB servers that `scripts/test-servers` starts. In CI (`CI` set) their
/// tests always run, so a missing server fails them; on a developer machine without the
/// variables they are skipped.
enum TestServers {
    static let environment = ProcessInfo.processInfo.environment

    static var postgresURL: String? { environment["SMARTBI_TEST_POSTGRES_URL"] }
    static var mysqlURL: String? { environment["SMARTBI_TEST_MYSQL_URL"] }

    /// The database beside the scratch one that holds only the demo data, so suites that read it
    /// never see another suite's tables.
    static func demoDatabase(_ url: String?, _ variable: String) throws -> String {
        try require(url, variable).replacingOccurrences(of: "/smartbi_test", with: "/smartbi_demo")
    }

    /// Whether server tests should run: the servers are there, or this is CI (where they must be).
    static var enabled: Bool { postgresURL != nil || environment["CI"] != nil }

    struct Missing: Error, CustomStringConvertible {
        var variable: String
        var description: String { "\(variable) is not set: run the tests through scripts/test, which starts the servers" }
    }

    static func require(_ url: String?, _ variable: String) throws -> String {
        guard let url else { throw Missing(variable: variable) }
        return url
    }

    /// Runs a command-line client, failing with its output when it fails.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment extra: [String: String] = [:], input: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        process.environment = environment.merging(extra) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw CommandFailed(command: executable, output: text) }
        return text
    }

    struct CommandFailed: Error, CustomStringConvertible {
        var command: String
        var output: String
        var description: String { "\(command) failed: \(output)" }
    }
}
