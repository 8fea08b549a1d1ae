import Analytics
import BICore
import Foundation
import Testing
import TestSupport

/// A million daily points through the whole analysis (anomalies, trend, insights, a 30-day
/// forecast), from the x labels as text. Skipped unless ANALYTICS_PERF is set; meaningful in a
/// release build:
///
///     ANALYTICS_PERF=1 swift test -c release -Xswiftc -enable-testing --filter PerformanceTests
///
/// The analysis is single-threaded, so its processor time is what it costs; wall time is
/// printed too but includes waiting for a core on a busy machine.
struct PerformanceTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ANALYTICS_PERF"] != nil))
    func millionPointsInUnderASecond() {
        let sales = SyntheticSales(from: Day(iso: "1000-01-01")!, days: 1_000_000, seed: 3)
        let flat = sales.y.enumerated().map { index, value in value.map { $0 / exp(log(1.22) * Double(index) / 365.25) } }
        let wall = ContinuousClock()
        let processorStart = clock()
        var analysis: SeriesAnalysis?
        let elapsed = wall.measure {
            analysis = SeriesAnalysis(x: sales.x, y: flat, options: .init(name: "Revenue", forecastHorizon: 30))
        }
        let processor = Double(clock() - processorStart) / Double(CLOCKS_PER_SEC)
        print("1,000,000 points analysed in \(processor) s of processor time (\(elapsed) wall)")
        #expect(analysis?.forecast?.points.count == 30)
        #expect(processor < 1)
    }
}
