import Foundation

/// A Holt–Winters exponential smoothing model: level, optional (damped) trend, optional
/// additive or multiplicative season, with its smoothing parameters and initial states.
///
/// The recursions are the component form used by statsmodels' `ExponentialSmoothing`, so a
/// model with the same parameters gives the same fitted values. With base = level + φ·slope
/// and s the season of the current point:
///
///     ŷ     = base + s                 (additive)      or base · s          (multiplicative)
///     level = α·(y − s) + (1 − α)·base  (additive)      or α·y/s + (1 − α)·base
///     slope = β·(level − previous level) + (1 − β)·φ·slope
///     s     = γ·(y − base) + (1 − γ)·s  (additive)      or γ·y/base + (1 − γ)·s
///
/// ```swift
/// let model = HoltWinters.fit(passengers, trend: .additive, season: .multiplicative, period: 12)!.model
/// model.forecast(after: passengers, horizon: 12)
/// ```
public struct HoltWinters: Hashable, Sendable, Codable {
    /// No trend, a straight (additive) trend, or one that flattens out (damped by φ).
    public enum Trend: String, Hashable, Sendable, Codable, CaseIterable { case none, additive, damped }
    /// No season, a season that adds a fixed amount, or one that scales with the level.
    public enum Season: String, Hashable, Sendable, Codable, CaseIterable { case none, additive, multiplicative }

    /// The trend component.
    public let trend: Trend
    /// The seasonal component.
    public let season: Season
    /// Points per season; 1 without a season.
    public let period: Int
    /// Smoothing of the level, trend and season, and the damping factor (1 unless damped).
    public let alpha: Double, beta: Double, gamma: Double, phi: Double
    /// Level and slope before the first observation.
    public let initialLevel: Double, initialSlope: Double
    /// Seasonal factors of the first `period` observations (empty without a season).
    public let initialSeasonals: [Double]

    /// A model with known parameters; `beta`, `gamma` and `phi` are ignored where the model has
    /// no trend, season or damping. `initialSeasonals` holds one factor per season point.
    public init(trend: Trend, season: Season, period: Int, alpha: Double, beta: Double = 0, gamma: Double = 0,
                phi: Double = 1, initialLevel: Double, initialSlope: Double = 0, initialSeasonals: [Double] = []) {
        precondition(season == .none || initialSeasonals.count == period, "one initial seasonal per season point")
        self.trend = trend
        self.season = season
        self.period = season == .none ? 1 : period
        self.alpha = alpha
        self.beta = trend == .none ? 0 : beta
        self.gamma = season == .none ? 0 : gamma
        self.phi = trend == .damped ? phi : 1
        self.initialLevel = initialLevel
        self.initialSlope = trend == .none ? 0 : initialSlope
        self.initialSeasonals = season == .none ? [] : initialSeasonals
    }

    /// The one-step-ahead prediction of each observation of `y` (statsmodels' `fittedvalues`).
    public func fittedValues(_ y: [Double]) -> [Double] {
        var state = State(self)
        return y.map { value in
            defer { state.update(with: value) }
            return state.prediction(stepsAhead: 1)
        }
    }

    /// Forecasts the `horizon` points after `y`.
    public func forecast(after y: [Double], horizon: Int) -> [Double] {
        let state = finalState(after: y)
        return (0..<horizon).map { state.prediction(stepsAhead: $0 + 1) }
    }

    /// The sum of squared one-step errors over `y`.
    func sumOfSquaredErrors(_ y: [Double]) -> Double {
        var state = State(self)
        var total = 0.0
        for value in y {
            let error = value - state.prediction(stepsAhead: 1)
            total += error * error
            state.update(with: value)
        }
        return total
    }

    func finalState(after y: [Double]) -> State {
        var state = State(self)
        for value in y { state.update(with: value) }
        return state
    }

    /// Level, slope and the seasonal ring, moved one observation at a time.
    struct State {
        let model: HoltWinters
        var level: Double, slope: Double
        var seasonals: [Double]
        /// Index in `seasonals` of the season of the next observation.
        var position = 0

        init(_ model: HoltWinters) {
            self.model = model
            level = model.initialLevel
            slope = model.initialSlope
            seasonals = model.initialSeasonals
        }

        func prediction(stepsAhead h: Int) -> Double {
            // φ + φ² + … + φʰ
            let phi = model.phi
            let damping = phi == 1 ? Double(h) : phi * (1 - pow(phi, Double(h))) / (1 - phi)
            let base = level + damping * slope
            switch model.season {
            case .none: return base
            case .additive: return base + seasonals[(position + h - 1) % model.period]
            case .multiplicative: return base * seasonals[(position + h - 1) % model.period]
            }
        }

        mutating func update(with y: Double) {
            let base = level + model.phi * slope
            let previous = level
            switch model.season {
            case .none:
                level = model.alpha * y + (1 - model.alpha) * base
            case .additive:
                let season = seasonals[position]
                level = model.alpha * (y - season) + (1 - model.alpha) * base
                seasonals[position] = model.gamma * (y - base) + (1 - model.gamma) * season
            case .multiplicative:
                let season = seasonals[position]
                level = model.alpha * y / season + (1 - model.alpha) * base
                seasonals[position] = model.gamma * y / base + (1 - model.gamma) * season
            }
            slope = model.beta * (level - previous) + (1 - model.beta) * model.phi * slope
            if model.season != .none { position = (position + 1) % model.period }
        }
    }
}
