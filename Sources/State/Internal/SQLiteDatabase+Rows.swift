import BICore
import Connectors
import Foundation

extension SQLiteDatabase {
    /// Every row of a query, as values. State queries return few rows.
    func rows(_ sql: BoundSQL) throws -> [[Value]] {
        let statement = try prepare(sql)
        var rows: [[Value]] = []
        while try statement.next() { rows.append((0..<statement.columns.count).map(statement.value(at:))) }
        return rows
    }
}

extension Date {
    /// Whole seconds since 1970, as the state database stores times.
    var storedSeconds: Value { .integer(Int64(timeIntervalSince1970.rounded(.down))) }
}

extension Value {
    var date: Date? { number.map { Date(timeIntervalSince1970: $0) } }
    var string: String? { isNull ? nil : text }
    var int: Int { Int(number ?? 0) }
}

extension Optional where Wrapped == String {
    var value: Value { map(Value.text) ?? .null }
}

extension Optional where Wrapped == Date {
    var value: Value { map(\.storedSeconds) ?? .null }
}
