/// Squarified treemap layout (Bruls, Huizing and van Wijk, 2000): lays values out as rectangles
/// with areas in proportion, in rows that keep aspect ratios close to square.
enum Squarify {
    /// One rectangle per value, in the order given (values ≤ 0 get empty rectangles).
    static func layout(_ values: [Double], in bounds: Rect) -> [Rect] {
        var result = Array(repeating: Rect(x: bounds.x, y: bounds.y, width: 0, height: 0), count: values.count)
        let total = values.reduce(0) { $0 + Swift.max(0, $1) }
        guard total > 0, bounds.width > 0, bounds.height > 0 else { return result }
        let scale = bounds.width * bounds.height / total
        var order = values.indices.filter { values[$0] > 0 }.sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var free = bounds
        while !order.isEmpty {
            let side = Swift.min(free.width, free.height)
            var row: [Int] = []
            var worst = Double.infinity
            while let next = order.first {
                let candidate = row + [next]
                let ratio = Squarify.worst(candidate.map { values[$0] * scale }, side: side)
                if ratio > worst { break }
                worst = ratio
                row = candidate
                order.removeFirst()
            }
            let area = row.reduce(0) { $0 + values[$1] * scale }
            let thickness = area / side
            var cursor = 0.0
            for index in row {
                let length = values[index] * scale / thickness
                result[index] = free.width >= free.height
                    ? Rect(x: free.x, y: free.y + cursor, width: thickness, height: length)
                    : Rect(x: free.x + cursor, y: free.y, width: length, height: thickness)
                cursor += length
            }
            free = free.width >= free.height
                ? Rect(x: free.x + thickness, y: free.y, width: Swift.max(0, free.width - thickness), height: free.height)
                : Rect(x: free.x, y: free.y + thickness, width: free.width, height: Swift.max(0, free.height - thickness))
        }
        return result
    }

    /// The worst aspect ratio of a row of `areas` laid along `side`.
    private static func worst(_ areas: [Double], side: Double) -> Double {
        let sum = areas.reduce(0, +)
        guard let largest = areas.max(), let smallest = areas.min(), sum > 0 else { return .infinity }
        return Swift.max(side * side * largest / (sum * sum), sum * sum / (side * side * smallest))
    }
}
