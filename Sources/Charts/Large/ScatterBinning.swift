/// Reduces a dense scatter to one mark per small screen cell and series, remembering how many points
/// each mark stands for, so a million points draw as a few thousand dots whose opacity shows density.
///
/// Adding a point only counts it in its cell; the marks are read off the grid afterwards, row by
/// row. So they come out top to bottom and left to right whatever order the points came in: the
/// picture and the SVG depend only on the data, and the rasterizer visits pixels in memory order.
struct ScatterBinning {
    struct Bin: Equatable {
        var point: Point
        var count: Int
    }

    let seriesCount: Int
    /// Points per cell: a row-major grid of cells for each series, one series after another.
    private var counts: [Int32]
    private let columns: Int
    private let rows: Int
    private let cell: Double
    private let origin: Point

    init(plot: Rect, cell: Double, seriesCount: Int = 1) {
        self.cell = cell
        self.seriesCount = seriesCount
        origin = Point(plot.x, plot.y)
        columns = Swift.max(1, Int((plot.width / cell).rounded(.up)) + 1)
        rows = Swift.max(1, Int((plot.height / cell).rounded(.up)) + 1)
        counts = Array(repeating: 0, count: columns * rows * seriesCount)
    }

    mutating func add(_ point: Point, series: Int = 0) {
        let column = Swift.min(columns - 1, Swift.max(0, Int((point.x - origin.x) / cell)))
        let row = Swift.min(rows - 1, Swift.max(0, Int((point.y - origin.y) / cell)))
        counts[(series * rows + row) * columns + column] += 1
    }

    /// The occupied cells of one series, top to bottom and left to right, each marked at its
    /// centre (so a mark does not depend on which of its points came first).
    func bins(series: Int = 0) -> [Bin] {
        var bins: [Bin] = []
        let grid = series * rows * columns
        for row in 0..<rows {
            for column in 0..<columns where counts[grid + row * columns + column] > 0 {
                bins.append(Bin(point: Point(origin.x + (Double(column) + 0.5) * cell, origin.y + (Double(row) + 0.5) * cell),
                                count: Int(counts[grid + row * columns + column])))
            }
        }
        return bins
    }
}
