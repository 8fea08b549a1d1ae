import Analytics
import BICore
import Foundation
import Testing

/// A million daily points through the whole analysis (anomalies, trend, insights, a 30-day
/// forecast). Skipped unless ANALYTICS_PERF is set; meaningful in a release build:
///
///     ANALYTICS_PERF=1 swift test -c release -Xswiftc -enable-testing --filter PerformanceTests
struct PerformanceTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ANALYTICS_PERF"] != nil))
    func millionPointsInUnderASecond() {
        let sales = SyntheticSales(from: Day(iso: "1000-01-01")!, days: 1_000_000, seed: 3)
        let flat = sales.y.enumerated().map { index, value in value.map { $0 / exp(log(1.22) * Double(index) / 365.25) } }
        let clock = ContinuousClock()
        var analysis: SeriesAnalysis?
        let elapsed = clock.measure {
            analysis = SeriesAnalysis(x: sales.x, y: flat, options: .init(name: "Revenue", forecastHorizon: 30))
        }
        print("1,000,000 points analysed in \(elapsed)")
        #expect(analysis?.forecast?.points.count == 30)
        #expect(elapsed < .seconds(1))
    }
}
