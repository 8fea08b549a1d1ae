import Testing
import Foundation

/// Test data shipped in Fixtures/ and small numeric helpers.
enum Fixtures {
    /// The airline passengers series: monthly totals of international airline passengers
    /// (thousands), January 1949 – December 1960. Box, G. E. P. & Jenkins, G. M. (1976),
    /// *Time Series Analysis, Forecasting and Control*, Series G; also R's `AirPassengers`.
    static func airlinePassengers() throws -> (months: [String], passengers: [Double]) {
        let url = try #require(Bundle.module.url(forResource: "airline-passengers", withExtension: "csv", subdirectory: "Fixtures"))
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        let cells = rows.map { $0.split(separator: ",") }
        return (cells.map { String($0[0]) }, cells.map { Double($0[1])! })
    }
}

/// Whether `a` is within `tolerance` of `b`, relative to |b| when |b| > 1.
func isClose(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
}

/// Whether two arrays are element-wise close.
func isClose(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-9) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { isClose($0, $1, tolerance) }
}
