/// A correlation coefficient between two columns with its two-sided p-value.
///
/// Rows where either value is missing are dropped. The p-value tests "no correlation" with the
/// t statistic r·√((n−2)/(1−r²)) on n − 2 degrees of freedom, as scipy does for both methods.
///
/// ```swift
/// let c = Correlation.pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])!
/// c.coefficient   // 0.7746
/// c.pValue        // 0.1240
/// ```
public struct Correlation: Hashable, Sendable, Codable {
    /// Which coefficient.
    public enum Method: String, Hashable, Sendable, Codable {
        /// Linear association of the values.
        case pearson
        /// Monotone association: Pearson's r of the ranks (ties get their average rank).
        case spearman
    }

    /// Which coefficient.
    public let method: Method
    /// r (Pearson) or ρ (Spearman), from −1 to 1.
    public let coefficient: Double
    /// Two-sided p-value of "no correlation".
    public let pValue: Double
    /// Complete pairs used.
    public let count: Int

    /// Pearson's r; nil with fewer than three complete pairs or a constant column.
    public static func pearson(_ x: [Double?], _ y: [Double?]) -> Correlation? {
        let (a, b) = completePairs(x, y)
        return make(.pearson, a, b)
    }

    /// Spearman's ρ; nil with fewer than three complete pairs or a constant column.
    public static func spearman(_ x: [Double?], _ y: [Double?]) -> Correlation? {
        let (a, b) = completePairs(x, y)
        return make(.spearman, Ranks.average(a), Ranks.average(b))
    }

    /// "strong", "moderate", "weak" or "no" by |r|: 0.7, 0.4 and 0.2 are the cut points.
    public var strength: String {
        switch abs(coefficient) {
        case 0.7...: "strong"
        case 0.4..<0.7: "moderate"
        case 0.2..<0.4: "weak"
        default: "no"
        }
    }
}

private extension Correlation {
    static func completePairs(_ x: [Double?], _ y: [Double?]) -> ([Double], [Double]) {
        precondition(x.count == y.count, "correlation needs columns of equal length")
        var a: [Double] = [], b: [Double] = []
        for (u, v) in zip(x, y) {
            guard let u, let v, u.isFinite, v.isFinite else { continue }
            a.append(u)
            b.append(v)
        }
        return (a, b)
    }

    static func make(_ method: Method, _ x: [Double], _ y: [Double]) -> Correlation? {
        let n = x.count
        guard n >= 3, let meanX = Descriptive.mean(x), let meanY = Descriptive.mean(y) else { return nil }
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in 0..<n {
            let dx = x[i] - meanX, dy = y[i] - meanY
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        let r = min(1, max(-1, sxy / (sxx * syy).squareRoot()))
        let p: Double
        if abs(r) == 1 || n == 2 {
            p = 0
        } else {
            let t = r * (Double(n - 2) / (1 - r * r)).squareRoot()
            p = StudentT(degreesOfFreedom: Double(n - 2)).twoSidedPValue(t)
        }
        return Correlation(method: method, coefficient: r, pValue: p, count: n)
    }
}
