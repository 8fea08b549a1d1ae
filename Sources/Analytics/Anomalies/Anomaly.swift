/// A point that its trend and season do not explain.
///
/// In JSON: `{"x": "2025-06-10", "index": 891, "y": 5310, "expected": 905.2, "zScore": 17.9,
/// "direction": "spike", "deviation": 4.87}`.
public struct Anomaly: Hashable, Sendable, Codable {
    /// Which side of the expected value the point fell on.
    public enum Direction: String, Hashable, Sendable, Codable {
        /// Above what was expected.
        case spike
        /// Below what was expected.
        case drop
    }

    /// The x label of the point.
    public let x: String
    /// The point's position on the series' axis.
    public let index: Int
    /// The observed value.
    public let y: Double
    /// The value trend and season predict for the point.
    public let expected: Double
    /// The robust z-score of the point's remainder: its distance from the median remainder in
    /// units of 1.4826 · MAD (Iglewicz & Hoaglin's modified z-score).
    public let zScore: Double
    /// Spike (above expected) or drop (below).
    public let direction: Direction
    /// y / expected − 1 (0.25 is 25% above expected); nil when nothing was expected (0).
    public let deviation: Double?
}
