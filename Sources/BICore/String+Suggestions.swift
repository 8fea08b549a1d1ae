extension String {
    /// The candidate closest to this string by edit distance, if it is close enough to be a likely typo.
    ///
    /// ```swift
    /// "BarChrt".closestMatch(in: ["BarChart", "LineChart"])   // "BarChart"
    /// ```
    public func closestMatch<C: Collection>(in candidates: C) -> String? where C.Element == String {
        let lowered = lowercased()
        // One slip per three characters (at least one): "montly" finds "monthly", "yLine" does not find "link".
        let allowed = Swift.max(1, count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = lowered.editDistance(to: candidate.lowercased())
            if distance <= allowed, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Edit distance in characters, counting a swap of neighbours (`titel` → `title`) as one edit
    /// (the optimal string alignment distance).
    public func editDistance(to other: String) -> Int {
        let a = Array(self), b = Array(other)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = Swift.min(current[j], beforePrevious[j - 2] + 1) }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
