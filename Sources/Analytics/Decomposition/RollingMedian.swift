/// Centred running medians, the robust smoother behind the decomposition.
enum RollingMedian {
    /// The median of each value's centred window of `window` points (odd); near the ends the
    /// window is cut to the points that exist. Keeps the window sorted, moving one value out
    /// and one in per step: O(n · window).
    static func smooth(_ values: [Double], window: Int) -> [Double] {
        let n = values.count, half = max(0, window / 2)
        var result = [Double](repeating: 0, count: n)
        var sorted = [Double](repeating: 0, count: 2 * half + 1)
        var size = 0
        values.withUnsafeBufferPointer { input in
            sorted.withUnsafeMutableBufferPointer { window in
                func insert(_ value: Double) {
                    var position = size
                    while position > 0 && window[position - 1] > value {
                        window[position] = window[position - 1]
                        position -= 1
                    }
                    window[position] = value
                    size += 1
                }
                func position(of value: Double) -> Int {
                    var low = 0, high = size - 1
                    while low < high {
                        let middle = (low + high) / 2
                        if window[middle] < value { low = middle + 1 } else { high = middle }
                    }
                    return low
                }
                func replace(_ old: Double, with new: Double) {
                    var position = position(of: old)
                    while position + 1 < size && window[position + 1] < new {
                        window[position] = window[position + 1]
                        position += 1
                    }
                    while position > 0 && window[position - 1] > new {
                        window[position] = window[position - 1]
                        position -= 1
                    }
                    window[position] = new
                }
                for index in 0..<min(half, n) { insert(input[index]) }
                for index in 0..<n {
                    let entering = index + half, leaving = index - half - 1
                    if entering < n && leaving >= 0 {
                        replace(input[leaving], with: input[entering])
                    } else if entering < n {
                        insert(input[entering])
                    } else if leaving >= 0 {
                        for shift in position(of: input[leaving])..<(size - 1) { window[shift] = window[shift + 1] }
                        size -= 1
                    }
                    let middle = size / 2
                    result[index] = size % 2 == 1 ? window[middle] : (window[middle - 1] + window[middle]) / 2
                }
            }
        }
        return result
    }
}
