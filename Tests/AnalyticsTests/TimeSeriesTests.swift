import Analytics
import BICore
import Testing

struct TimeSeriesTests {
    @Test func dailyLabelsGetARegularAxisWithGaps() {
        let series = TimeSeries(x: ["2025-01-03", "2025-01-01", "2025-01-03", "2025-01-05"], y: [7, 5, 1, nil])
        #expect(series.axis.frequency == .daily)
        #expect(series.values == [5, nil, 8, nil, nil])
        #expect(series.axis.label(at: 5) == "2025-01-06")
        #expect(series.axis.frequency.seasonPeriod == 7)
    }

    @Test func monthLabelsContinueAsMonths() {
        let series = TimeSeries(x: ["2024-11", "2024-12", "2025-01"], y: [1, 2, 3])
        #expect(series.axis.frequency == .monthly)
        #expect((3..<5).map(series.axis.label(at:)) == ["2025-02", "2025-03"])
        let dated = TimeSeries(x: ["2024-01-31", "2024-02-29", "2024-03-31"], y: [1, 2, 3])
        #expect(dated.axis.frequency == .monthly)
        #expect(dated.axis.label(at: 3) == "2024-04-30")
    }

    @Test(arguments: [
        (["2025-01-06", "2025-01-13", "2025-01-27"], Frequency.weekly, "2025-02-03"),
        (["2024-01-01", "2024-04-01", "2024-07-01"], .quarterly, "2024-10-01"),
        (["2022-01-01", "2023-01-01", "2024-01-01"], .yearly, "2025-01-01"),
        (["2025-01-06T09:00:00", "2025-01-07T09:00:00"], .daily, "2025-01-08"),
    ])
    func calendarFrequencyIsVotedFromGaps(labels: [String], frequency: Frequency, next: String) {
        let series = TimeSeries(x: labels, y: labels.map { _ in 1 })
        #expect(series.axis.frequency == frequency)
        #expect(series.axis.label(at: series.count) == next)
    }

    @Test func weekdayOnlyLabelsGetABusinessDayAxis() {
        let weekdays = (0..<28).map { Day(iso: "2025-03-03")!.adding(days: $0) }.filter { $0.weekday <= 5 }
        let series = TimeSeries(x: weekdays.map(\.description), y: weekdays.map { Double($0.day) })
        #expect(series.axis.frequency == .businessDaily)
        #expect(series.count == 20 && !series.values.contains(nil))
        #expect(series.axis.frequency.seasonPeriod == 5)
        // After Friday 2025-03-28 comes Monday 2025-03-31; before Monday 2025-03-03, Friday 2025-02-28.
        #expect((20..<22).map(series.axis.label(at:)) == ["2025-03-31", "2025-04-01"])
        #expect(series.axis.label(at: -1) == "2025-02-28")
    }

    @Test func numbersAndLabels() {
        let numeric = TimeSeries(x: ["3", "1", "2"], y: [30, 10, 20])
        #expect(numeric.axis.frequency == .numeric)
        #expect(numeric.values == [10, 20, 30])
        #expect(numeric.axis.label(at: 3) == "4")
        let labels = TimeSeries(x: ["b", "a"], y: [1, 2])
        #expect(labels.axis.frequency == .ordinal)
        #expect(labels.axis.label(at: 1) == "a")
        #expect(labels.axis.label(at: 2) == "+1")
    }

    @Test func dailySeriesAggregatesToMonths() throws {
        let series = TimeSeries(x: ["2025-01-30", "2025-01-31", "2025-02-01", "2025-03-02"], y: [1, 2, 4, 8])
        let monthly = try #require(series.aggregated(to: .monthly, using: .sum))
        #expect((0..<3).map(monthly.axis.label(at:)) == ["2025-01", "2025-02", "2025-03"])
        #expect(monthly.values == [3, 4, 8])
        #expect(series.aggregated(to: .daily, using: .sum) == nil)
    }

    @Test func periodDetectorFindsACycleInPlainNumbers() {
        var random = SeededGenerator(seed: 2)
        let values = (0..<120).map { Double($0) * 0.5 + [0, 3, 8, 3, 0, -4][$0 % 6] * 2 + random.nextGaussian() }
        #expect(PeriodDetector().period(of: values) == 6)
        #expect(PeriodDetector().period(of: (0..<120).map { _ in random.nextGaussian() }) == nil)
    }
}
