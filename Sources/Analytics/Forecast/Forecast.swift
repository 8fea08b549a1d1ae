/// Predicted values past the end of a series, with 80% and 95% prediction intervals.
///
/// In JSON: `{"method": "Holt–Winters (additive trend, multiplicative season of 12)",
/// "points": [{"x": "1961-01", "point": 447.2, "lower80": 431.5, "upper80": 462.9, …}]}`.
public struct Forecast: Hashable, Sendable, Codable {
    /// One forecast period.
    public struct Point: Hashable, Sendable, Codable {
        /// The x label, continuing the series' axis (`2026-01`, `2025-07-01`, …).
        public let x: String
        /// The point forecast.
        public let point: Double
        /// The 80% prediction interval.
        public let lower80: Double, upper80: Double
        /// The 95% prediction interval.
        public let lower95: Double, upper95: Double
    }

    /// The model in words, e.g. "Holt–Winters (additive trend, multiplicative season of 12)".
    public let method: String
    /// One point per forecast period, in order.
    public let points: [Point]

    /// The forecast with every value of step i (0 for the first point) passed through
    /// `transform(i, value)`, an increasing function, and `note` appended to the method.
    func adjusted(note: String, _ transform: (Int, Double) -> Double) -> Forecast {
        Forecast(method: method + note, points: points.enumerated().map { step, point in
            Point(x: point.x, point: transform(step, point.point),
                  lower80: transform(step, point.lower80), upper80: transform(step, point.upper80),
                  lower95: transform(step, point.lower95), upper95: transform(step, point.upper95))
        })
    }
}
