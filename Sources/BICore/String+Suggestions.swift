extension String {
    /// The candidate closest to this string by edit distance, if it is close enough to be a likely typo.
    ///
    /// ```swift
    /// "BarChrt".closestMatch(in: ["BarChart", "LineChart"])   // "BarChart"
    /// ```
    public func closestMatch<C: Collection>(in candidates: C) -> String? where C.Element == String {
        let lowered = lowercased()
        var best: (String, Int)?
        for candidate in candidates {
            let distance = lowered.editDistance(to: candidate.lowercased())
            if distance <= max(2, count / 3), distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Levenshtein distance in characters.
    public func editDistance(to other: String) -> Int {
        let a = Array(self), b = Array(other)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
