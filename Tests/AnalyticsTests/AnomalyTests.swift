import Analytics
import BICore
import Testing
import TestSupport

/// Three years of daily demo-like revenue (SyntheticSales: growth, weekday and month factors,
/// log-normal noise, fixed seed) with and without a dead week and a spike day.
struct AnomalyTests {
    @Test func findsTheDeadWeekAndTheSpikeDay() {
        var sales = SyntheticSales()
        sales.scale(from: "2024-08-12", days: 7, by: 0.04)
        sales.scale(from: "2025-06-10", by: 6)
        let anomalies = AnomalyDetector().anomalies(in: TimeSeries(x: sales.x, y: sales.y))
        #expect(anomalies.map(\.x) == (12...18).map { "2024-08-\($0)" } + ["2025-06-10"])
        #expect(anomalies.prefix(7).allSatisfy { $0.direction == .drop && $0.deviation! < -0.9 })
        let spike = anomalies[7]
        #expect(spike.direction == .spike)
        #expect((4...7).contains(spike.deviation! + 1))
    }

    @Test func cleanSeasonalSeriesRaisesNoAlarm() {
        let sales = SyntheticSales()
        #expect(AnomalyDetector().anomalies(in: TimeSeries(x: sales.x, y: sales.y)).isEmpty)
    }

    /// A moving average over a month would sink about 20% under a dead week; the robust fit
    /// moves only by the sampling noise of losing seven days.
    @Test func deadWeekDoesNotBendTrendOrSeason() throws {
        var sales = SyntheticSales()
        let clean = try #require(Decomposition(TimeSeries(x: sales.x, y: sales.y)))
        sales.scale(from: "2024-08-12", days: 7, by: 0.04)
        let dirty = try #require(Decomposition(TimeSeries(x: sales.x, y: sales.y)))
        let week = sales.x.firstIndex(of: "2024-08-12")!
        for index in (week - 14)..<(week + 21) {
            #expect(abs(dirty.expected(at: index) / clean.expected(at: index) - 1) < 0.05)
        }
    }

    /// A day without sales in a positive series: still decomposed on the log scale, where the
    /// zero is a deep drop, so the dead week around it is found whole.
    @Test func aZeroDayKeepsRelativeSeasonsAndIsADrop() throws {
        var sales = SyntheticSales()
        sales.scale(from: "2024-08-12", days: 7, by: 0.04)
        sales.y[sales.x.firstIndex(of: "2024-08-16")!] = 0
        let series = TimeSeries(x: sales.x, y: sales.y)
        let decomposition = try #require(Decomposition(series))
        #expect(decomposition.scale == .logarithmic && decomposition.offset > 0)
        let anomalies = AnomalyDetector().anomalies(in: series, decomposition: decomposition)
        #expect(anomalies.map(\.x) == (12...18).map { "2024-08-\($0)" })
        #expect(anomalies[4].y == 0 && anomalies[4].deviation == -1)
    }

    @Test func gapsAreNeverAnomalies() {
        var sales = SyntheticSales(days: 400)
        sales.y[200] = nil
        let anomalies = AnomalyDetector().anomalies(in: TimeSeries(x: sales.x, y: sales.y))
        #expect(!anomalies.contains { $0.index == 200 })
    }

    @Test func seriesWithZerosAreDecomposedLinearly() throws {
        let values: [Double?] = (0..<60).map { $0 == 40 ? 90 : Double($0 % 7) }
        let series = TimeSeries(x: (0..<60).map { Day(iso: "2025-01-01")!.adding(days: $0).description }, y: values)
        #expect(Decomposition(series)?.scale == .linear)
        #expect(AnomalyDetector().anomalies(in: series).map(\.index) == [40])
    }
}
