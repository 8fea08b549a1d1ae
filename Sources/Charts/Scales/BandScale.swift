/// Places categories in equal bands along a range, with padding between them (bars), or at
/// evenly spaced points (lines over categories).
public struct BandScale: Hashable, Sendable {
    public let categories: [String]
    public var range: ClosedRange<Double>
    /// Fraction of each step left empty between bands.
    public let padding: Double

    public init(categories: [String], range: ClosedRange<Double>, padding: Double) {
        self.categories = categories
        self.range = range
        self.padding = padding
    }

    /// Distance between the starts of neighbouring bands.
    public var step: Double { (range.upperBound - range.lowerBound) / Double(Swift.max(1, categories.count)) }
    public var bandwidth: Double { step * (1 - padding) }

    public func start(at position: Int) -> Double { range.lowerBound + Double(position) * step + step * padding / 2 }

    /// The centre of the band at `position`.
    public func center(at position: Int) -> Double { start(at: position) + bandwidth / 2 }
}
