import BICore
import Connectors
import DemoData
import Foundation

/// A demo database written into a temporary folder, with helpers to query it.
final class GeneratedDatabase: Sendable {
    let folder: URL
    let path: String
    let summary: DemoDataSummary
    private let removesFolder: Bool

    /// - Parameter sharedFolder: a fixed folder name, reused (and overwritten) by every test run,
    ///   for databases that live as long as the process; nil for a fresh folder removed on deinit.
    init(rows: Int, seed: UInt64 = 42, sharedFolder: String? = nil) throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent(sharedFolder ?? "smartbi-demodata-\(UUID().uuidString)")
        path = folder.appendingPathComponent("sales.db").path
        removesFolder = sharedFolder == nil
        summary = try DemoDataGenerator(rows: rows, seed: seed).write(to: path)
    }

    deinit {
        if removesFolder { try? FileManager.default.removeItem(at: folder) }
    }

    /// Every row `sql` returns.
    func rows(_ sql: String) throws -> [[Value]] {
        let database = try SQLiteDatabase(path: path, mode: .readOnly)
        let statement = try database.prepare(BoundSQL(sql))
        var rows: [[Value]] = []
        while try statement.next() {
            rows.append(statement.columns.indices.map(statement.value(at:)))
        }
        return rows
    }

    /// The first column of the first row `sql` returns.
    func value(_ sql: String) throws -> Value { try rows(sql).first?.first ?? .null }

    func number(_ sql: String) throws -> Double { try value(sql).number ?? .nan }

    /// FNV-1a over the text of every cell of `table`, in id order: equal digests, equal contents.
    func digest(of table: String) throws -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for row in try rows("SELECT * FROM \(table) ORDER BY id") {
            for byte in row.map(\.text).joined(separator: "\t").utf8 + [10] {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
            }
        }
        return hash
    }
}

/// Databases shared by the tests that only read them, made once per test run. Static values are
/// never deinitialised, so they live in a fixed folder that the next run overwrites.
enum SharedDatabases {
    static let rows = 20_000
    static let seed42 = Result {
        try GeneratedDatabase(rows: rows, seed: 42, sharedFolder: "smartbi-demodata-tests-seed42")
    }
}
