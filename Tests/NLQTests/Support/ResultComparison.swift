import BICore
import Foundation

/// Execution accuracy: two results match when they have the same number of columns and the same
/// rows (as a multiset, or in order), numbers equal to a relative 1e-6. Column names do not matter.
enum ResultComparison {
    static func matches(_ actual: ResultTable, _ expected: ResultTable, ordered: Bool) -> Bool {
        guard actual.columns.count == expected.columns.count, actual.rowCount == expected.rowCount else { return false }
        var left = (0..<actual.rowCount).map { Array(actual.row($0)) }
        var right = (0..<expected.rowCount).map { Array(expected.row($0)) }
        if !ordered {
            left.sort { key($0) < key($1) }
            right.sort { key($0) < key($1) }
        }
        return zip(left, right).allSatisfy { zip($0, $1).allSatisfy(equal) }
    }

    static func equal(_ a: Value, _ b: Value) -> Bool {
        if let x = a.number, let y = b.number {
            return x == y || abs(x - y) <= 1e-6 * max(abs(x), abs(y)) || abs(x - y) < 1e-9
        }
        return a.text == b.text
    }

    /// A sort key that numbers rounded to 6 significant digits cannot split.
    private static func key(_ row: [Value]) -> String {
        row.map { value in
            guard let number = value.number else { return "t" + value.text }
            return "n" + String(format: "%.6g", number)
        }.joined(separator: "\u{1F}")
    }
}
