/// Forecasts a series with the Holt–Winters model that fits it best, chosen automatically.
///
/// Every combination of trend (none, additive, damped) and season (none, additive,
/// multiplicative; seasons only with two full cycles, multiplicative only for positive data)
/// is fitted, and the lowest AICc wins. On the airline passengers this picks additive trend
/// with multiplicative season.
///
/// Prediction intervals come from simulating `simulations` future paths with normal errors of
/// the fitted σ through the model's own recursions, with a fixed seed: the same data give the
/// same intervals every time, and multiplicative seasons widen them where they should.
///
/// Long series fit only their most recent `maxFitLength` points (1,000 by default, nearly three
/// years of days): the smoothing forgets old data anyway, and this keeps a million-point series
/// fast. Gaps are interpolated first.
///
/// ```swift
/// let forecast = Forecaster().forecast(series, horizon: 12)!
/// forecast.points[0].x       // "1961-01"
/// forecast.points[0].point   // 447.2
/// ```
public struct Forecaster: Hashable, Sendable {
    /// Season length; nil takes the frequency's (7 for days, 12 for months), if any.
    public var period: Int?
    /// The most recent points fitted (1,000 by default); longer series fit only their tail.
    public var maxFitLength: Int
    /// Simulated paths behind the prediction intervals (2,000 by default).
    public var simulations: Int
    /// Seed of the simulations, so intervals are the same on every run.
    public var seed: UInt64

    /// A forecaster with the defaults above; `period` nil takes the series' own season.
    public init(period: Int? = nil, maxFitLength: Int = 1_000, simulations: Int = 2_000, seed: UInt64 = 42) {
        self.period = period
        self.maxFitLength = maxFitLength
        self.simulations = simulations
        self.seed = seed
    }

    /// The next `horizon` points of `series`; nil when it has fewer than four values.
    public func forecast(_ series: TimeSeries, horizon: Int) -> Forecast? {
        guard let filled = series.filled() else { return nil }
        return forecast(filled, axis: series.axis, horizon: horizon)
    }

    /// The next `horizon` points after `values` (complete, one per point of `axis`).
    public func forecast(_ values: [Double], axis: TimeAxis, horizon: Int) -> Forecast? {
        let y = Array(values.suffix(maxFitLength))
        guard horizon > 0, let fit = bestFit(y, period: period ?? axis.frequency.seasonPeriod) else { return nil }
        let paths = simulate(fit, after: y, horizon: horizon)
        let points = fit.model.forecast(after: y, horizon: horizon).enumerated().map { step, point in
            let sorted = paths[step].sorted()
            func quantile(_ p: Double) -> Double { Descriptive.quantile(p, ofSorted: sorted) }
            return Forecast.Point(x: axis.label(at: axis.count + step), point: point,
                                  lower80: quantile(0.1), upper80: quantile(0.9),
                                  lower95: quantile(0.025), upper95: quantile(0.975))
        }
        return Forecast(method: fit.model.description, points: points)
    }

    /// Every model the data support, fitted, lowest AICc first.
    public func candidates(_ y: [Double], period: Int?) -> [HoltWinters.Fit] {
        var fits: [HoltWinters.Fit] = []
        for trend in HoltWinters.Trend.allCases {
            for season in HoltWinters.Season.allCases {
                if season != .none && period == nil { continue }
                if let fit = HoltWinters.fit(y, trend: trend, season: season, period: period ?? 1) { fits.append(fit) }
            }
        }
        return fits.sorted { $0.aicc < $1.aicc }
    }

    /// The model with the lowest AICc.
    public func bestFit(_ y: [Double], period: Int?) -> HoltWinters.Fit? { candidates(y, period: period).first }

    /// `simulations` future paths, as one array of simulated values per step ahead.
    private func simulate(_ fit: HoltWinters.Fit, after y: [Double], horizon: Int) -> [[Double]] {
        var random = SeededGenerator(seed: seed)
        let start = fit.model.finalState(after: y)
        var paths = [[Double]](repeating: [], count: horizon)
        for _ in 0..<simulations {
            var state = start
            for step in 0..<horizon {
                let value = state.prediction(stepsAhead: 1) + fit.sigma * random.nextGaussian()
                paths[step].append(value)
                state.update(with: value)
            }
        }
        return paths
    }
}

extension HoltWinters: CustomStringConvertible {
    /// The model in words: "Holt–Winters (additive trend, multiplicative season of 12)".
    public var description: String {
        let trendText = switch trend {
        case .none: "no trend"
        case .additive: "additive trend"
        case .damped: "damped trend"
        }
        let seasonText = season == .none ? "no season" : "\(season.rawValue) season of \(period)"
        return "Holt–Winters (\(trendText), \(seasonText))"
    }
}
