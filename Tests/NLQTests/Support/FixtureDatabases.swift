import DemoData
import Foundation

/// The three fixture databases, written once per test run into a fixed temporary folder.
enum FixtureDatabases {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smartbi-nlq-fixtures").path

    /// The path of the database for a question set's `schema`.
    static func path(for schema: String) throws -> String {
        switch schema {
        case "demo": try demo.get()
        case "subscriptions": try subscriptions.get()
        case "support": try support.get()
        default: throw FixtureError(message: "no fixture schema named \(schema)")
        }
    }

    static let demo = Result { () throws -> String in
        let path = try prepare("demo.db")
        _ = try DemoDataGenerator(rows: 20_000).write(to: path)
        return path
    }

    static let subscriptions = Result { () throws -> String in
        let path = try prepare("subscriptions.db")
        try SubscriptionFixture.create(at: path)
        return path
    }

    static let support = Result { () throws -> String in
        let path = try prepare("support.db")
        try SupportFixture.create(at: path)
        return path
    }

    private static func prepare(_ name: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try? FileManager.default.removeItem(atPath: path)
        return path
    }

    struct FixtureError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
