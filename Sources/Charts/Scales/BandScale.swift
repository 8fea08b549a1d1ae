/// Places categories in equal bands along a range, with padding between them (bars), or at
/// evenly spaced points (lines over categories).
public struct BandScale: Hashable, Sendable {
    public let categories: [String]
    public let range: ClosedRange<Double>
    /// Fraction of each step left empty between bands.
    public let padding: Double
    private let index: [String: Int]

    public init(categories: [String], range: ClosedRange<Double>, padding: Double) {
        self.categories = categories
        self.range = range
        self.padding = padding
        var index: [String: Int] = [:]
        for (position, category) in categories.enumerated() where index[category] == nil { index[category] = position }
        self.index = index
    }

    /// Distance between the starts of neighbouring bands.
    public var step: Double { (range.upperBound - range.lowerBound) / Double(Swift.max(1, categories.count)) }
    public var bandwidth: Double { step * (1 - padding) }

    /// Where the band of `category` starts.
    public func start(_ category: String) -> Double? {
        index[category].map { start(at: $0) }
    }

    public func start(at position: Int) -> Double { range.lowerBound + Double(position) * step + step * padding / 2 }

    /// The centre of the band at `position`.
    public func center(at position: Int) -> Double { start(at: position) + bandwidth / 2 }
}
