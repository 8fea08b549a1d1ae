import BICore

/// Everything SmartBI says about one series: its frequency and season, trend, period-over-period
/// changes, anomalies, an optional forecast, and ranked insights in words. `Codable`, so
/// `bi analyze --format json` is one `JSONEncoder` call (keys `insights`, `anomalies`,
/// `forecast`, …).
///
/// ```swift
/// let analysis = SeriesAnalysis(x: dates, y: revenue,
///                               options: .init(name: "Revenue", format: .usd, forecastHorizon: 30))
/// analysis.insights[0].text   // "2 anomalies: a drop in the week of 2024-08-12 (−96% vs expected) …"
/// analysis.forecast?.points   // 30 days with 80% and 95% intervals
/// ```
///
/// Work is linear or n log n in the series length (a million daily points take under a second
/// in a release build): the decomposition uses running medians and LOESS over short windows,
/// Mann–Kendall counts inversions, and the forecast fits only the most recent points.
public struct SeriesAnalysis: Sendable, Codable {
    /// What to call the values, how to write and combine them, and how far to forecast.
    public struct Options: Sendable {
        /// What the values are, for sentences: "Revenue".
        public var name: String
        /// How amounts are written in sentences: `.usd` gives `$1.2M`.
        public var format: NumberFormat
        /// How values of one period combine (duplicate x labels, months of days, years).
        public var aggregation: Aggregation
        /// Points to forecast; 0 for none.
        public var forecastHorizon: Int
        /// The anomaly thresholds.
        public var detector: AnomalyDetector
        /// The forecast settings (its period defaults to the series' season).
        public var forecaster: Forecaster

        /// Options with the defaults shown.
        public init(name: String = "Value", format: NumberFormat = .auto, aggregation: Aggregation = .sum,
                    forecastHorizon: Int = 0, detector: AnomalyDetector = .init(), forecaster: Forecaster = .init()) {
            (self.name, self.format, self.aggregation) = (name, format, aggregation)
            (self.forecastHorizon, self.detector, self.forecaster) = (forecastHorizon, detector, forecaster)
        }
    }

    /// What the values are called in sentences.
    public let name: String
    /// The detected spacing of the x labels.
    public let frequency: Frequency
    /// The season length used (calendar, or detected from the values), if any.
    public let period: Int?
    /// Points on the regular axis, gaps included.
    public let count: Int
    /// The first and last x label on the axis.
    public let from: String?, to: String?
    /// Count, mean, quartiles of the values present.
    public let summary: Summary?
    /// Slope, growth and Mann–Kendall test of the deseasonalized values.
    public let trend: TrendEstimate?
    /// The season's pattern, when the series has one.
    public let seasonality: Seasonality?
    /// Year over year (or to date) and latest-period comparisons.
    public let comparisons: [PeriodComparison]
    /// Best first.
    public let insights: [Insight]
    /// In x order.
    public let anomalies: [Anomaly]
    /// The forecast, when a horizon was asked for and the series allows one.
    public let forecast: Forecast?

    /// Analyses `y` against x labels (ISO dates, `YYYY-MM` months, numbers or plain labels).
    public init(x: [String], y: [Double?], options: Options = .init()) {
        self.init(TimeSeries(x: x, y: y, aggregation: options.aggregation), options: options)
    }

    /// Analyses a series already on its axis.
    public init(_ series: TimeSeries, options: Options = .init()) {
        let filled = series.filled()
        let period = series.axis.frequency.seasonPeriod ?? filled.flatMap { PeriodDetector().period(of: $0) }
        let decomposition = Decomposition(series, period: period)
        let anomalies = decomposition.map { options.detector.anomalies(in: series, decomposition: $0) } ?? []
        var forecaster = options.forecaster
        forecaster.period = forecaster.period ?? period
        let forecast = filled.flatMap { values in
            SeriesAnalysis.forecast(values, series: series, anomalies: anomalies, decomposition: decomposition,
                                    forecaster: forecaster, horizon: options.forecastHorizon)
        }
        name = options.name
        frequency = series.axis.frequency
        self.period = decomposition?.period
        count = series.count
        from = series.count > 0 ? series.axis.label(at: 0) : nil
        to = series.count > 0 ? series.axis.label(at: series.count - 1) : nil
        summary = Summary(series.values)
        trend = TrendEstimate(series, decomposition: decomposition)
        seasonality = decomposition.flatMap { Seasonality($0, axis: series.axis) }
        comparisons = PeriodComparison.comparisons(in: series, aggregation: options.aggregation)
        self.anomalies = anomalies
        self.forecast = forecast

        let writer = InsightWriter(name: options.name, format: options.format, aggregation: options.aggregation, series: series)
        var insights = comparisons.compactMap(writer.change)
        insights += [trend.map(writer.trend), seasonality.flatMap { writer.seasonality($0) },
                     SeriesAnalysis.yearlySeasonality(of: series).flatMap { writer.seasonality($0, frequency: .monthly) },
                     decomposition.map { _ in writer.anomalies(anomalies) }, forecast.flatMap(writer.forecast)].compactMap { $0 }
        self.insights = insights.ranked()
    }

    /// The forecast from values with anomalies replaced by their expected values (so a dead week
    /// does not drag the forecast down) and, for daily data, calendar-month levels taken out
    /// before fitting and put back after (so January is not forecast at December's level).
    private static func forecast(_ values: [Double], series: TimeSeries, anomalies: [Anomaly], decomposition: Decomposition?,
                                 forecaster: Forecaster, horizon: Int) -> Forecast? {
        guard horizon > 0 else { return nil }
        var cleaned = values
        for anomaly in anomalies { cleaned[anomaly.index] = anomaly.expected }
        guard let decomposition, decomposition.monthLevels != nil else {
            return forecaster.forecast(cleaned, axis: series.axis, horizon: horizon)
        }
        let months = series.axis.calendarMonths(count: series.count + horizon).map { $0 % 12 }
        let adjusted = cleaned.indices.map { decomposition.adjusting(cleaned[$0], month: months[$0], removing: true) }
        return forecaster.forecast(adjusted, axis: series.axis, horizon: horizon)?.adjusted(note: " with calendar-month levels") {
            decomposition.adjusting($1, month: months[series.count + $0], removing: false)
        }
    }

    /// The yearly pattern of daily or business-daily data, from monthly means, given two years
    /// or more (weekly data get theirs from their own season of 52).
    private static func yearlySeasonality(of series: TimeSeries) -> Seasonality? {
        guard series.axis.frequency.isDaily, let monthly = series.aggregated(to: .monthly, using: .mean), monthly.count >= 24,
              let decomposition = Decomposition(monthly, period: 12) else { return nil }
        return Seasonality(decomposition, axis: monthly.axis)
    }
}
