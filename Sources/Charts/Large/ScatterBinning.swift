/// Reduces a dense scatter to one mark per small screen cell and series, remembering how many points
/// each mark stands for, so a million points draw as a few thousand dots whose opacity shows density.
struct ScatterBinning {
    struct Bin {
        var point: Point
        var count: Int
    }

    /// Bins in order of first appearance.
    private(set) var bins: [Bin] = []
    private var slots: [Int32]
    private let columns: Int
    private let rows: Int
    private let cell: Double
    private let origin: Point

    init(plot: Rect, cell: Double) {
        self.cell = cell
        origin = Point(plot.x, plot.y)
        columns = Swift.max(1, Int((plot.width / cell).rounded(.up)) + 1)
        rows = Swift.max(1, Int((plot.height / cell).rounded(.up)) + 1)
        slots = Array(repeating: -1, count: columns * rows)
    }

    mutating func add(_ point: Point) {
        let column = Swift.min(columns - 1, Swift.max(0, Int((point.x - origin.x) / cell)))
        let row = Swift.min(rows - 1, Swift.max(0, Int((point.y - origin.y) / cell)))
        let slot = row * columns + column
        if slots[slot] >= 0 {
            bins[Int(slots[slot])].count += 1
        } else {
            slots[slot] = Int32(bins.count)
            // The mark sits at the cell's centre, so the output does not depend on which point came first.
            bins.append(Bin(point: Point(origin.x + (Double(column) + 0.5) * cell, origin.y + (Double(row) + 0.5) * cell), count: 1))
        }
    }
}
