import BICore
import Connectors
import Foundation
import Testing
import TestSupport

/// `json:https://…` sources against a local HTTP server: a bearer token from the environment,
/// records found by a JSON pointer, and pages followed through a next link.
@Suite(.serialized)
struct HTTPSourceTests {
    static let token = "test-token-4711"

    @Test func pagesAreFollowedWithTheTokenFromTheEnvironment() throws {
        try withServer { port in
            let folder = try TemporaryDirectory("smartbi-http")
            let options = SourceOptions(headers: [.init(name: "Authorization", value: "Bearer ${API_TOKEN}")], records: "/data", next: "/links/next")
            let source = FileSource(url: try SourceURL(parsing: "json:http://127.0.0.1:\(port)/orders?page=1"), options: options,
                                    baseDirectory: folder.path, cacheFile: folder.path("cache.sqlite"),
                                    environment: { $0 == "API_TOKEN" ? HTTPSourceTests.token : nil })
            let table = try source.open().collect("select id, amount, \"customer.name\" from orders order by id")
            #expect(table.rows == [[.integer(1), .real(12.5), .text("Ann")], [.integer(2), .real(7), .text("Bob")]])
        }
    }

    @Test func aWrongTokenIsRefusedWithoutShowingIt() throws {
        try withServer { port in
            let folder = try TemporaryDirectory("smartbi-http")
            let options = SourceOptions(headers: [.init(name: "Authorization", value: "Bearer wrong-secret-99")], records: "/data")
            let source = FileSource(url: try SourceURL(parsing: "json:http://127.0.0.1:\(port)/orders?key=abc"), options: options,
                                    baseDirectory: folder.path, cacheFile: folder.path("cache.sqlite"))
            #expect(throws: ConnectorError(.authentication(address: "http://127.0.0.1:\(port)/orders", message: "HTTP 401"))) { try source.open() }
        }
    }

    /// Starts `Fixtures/json_api.py` on a free port for the duration of `body`.
    private func withServer(_ body: (Int) throws -> Void) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Fixtures/json_api.py", HTTPSourceTests.token]
        let output = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) { line += byte }
        let port = try #require(Int(String(decoding: line, as: UTF8.self)))
        try body(port)
    }
}
