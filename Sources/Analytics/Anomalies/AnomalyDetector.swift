/// Finds anomalies: points whose remainder after a robust ``Decomposition`` is extreme.
///
/// A point is anomalous when its robust z-score passes `threshold` and it is at least
/// `minimumDeviation` away from the expected value. The default threshold is the two-sided 1%
/// Bonferroni bound for the series length (4.4 for 3 years of days, 5.7 for a million points),
/// but never below 3.5, so a clean series of any length raises a false alarm by chance about
/// once in a hundred series (with normal noise on the decomposition's scale). Noise is taken to
/// be at least 0.1% of the level, so a nearly exact series does not flag rounding errors. Gaps
/// (missing values) are never anomalies, and series of fewer than eight values have none.
///
/// ```swift
/// let anomalies = AnomalyDetector().anomalies(in: series)
/// anomalies.first?.direction   // .drop
/// ```
public struct AnomalyDetector: Hashable, Sendable {
    /// |z| above which a point is anomalous; nil for the length-dependent default.
    public var threshold: Double?
    /// The smallest |y / expected − 1| reported; 0.1 ignores wobbles under 10%.
    public var minimumDeviation: Double

    /// - Parameters:
    ///   - threshold: |robust z| to pass; nil (the default) for the length-dependent bound.
    ///   - minimumDeviation: the smallest |y / expected − 1| reported; 10% by default.
    public init(threshold: Double? = nil, minimumDeviation: Double = 0.1) {
        self.threshold = threshold
        self.minimumDeviation = minimumDeviation
    }

    /// The anomalies of `series`, in x order.
    public func anomalies(in series: TimeSeries) -> [Anomaly] {
        Decomposition(series).map { anomalies(in: series, decomposition: $0) } ?? []
    }

    /// The anomalies of `series`, reusing its decomposition.
    public func anomalies(in series: TimeSeries, decomposition: Decomposition) -> [Anomaly] {
        let present = series.values.indices.filter { series.values[$0] != nil }
        let remainders = present.map { decomposition.remainder[$0] }
        guard remainders.count >= 8, let center = Descriptive.median(remainders) else { return [] }
        let level = decomposition.scale == .logarithmic ? 1 : Descriptive.median(present.map { abs(series.values[$0]!) })!
        let scale = max(AnomalyDetector.robustScale(remainders, center: center), 0.001 * level, 1e-12)
        let limit = threshold ?? max(3.5, Normal.quantile(1 - 0.005 / Double(remainders.count)))
        var result: [Anomaly] = []
        for index in present {
            let z = (decomposition.remainder[index] - center) / scale
            guard abs(z) > limit else { continue }
            let y = series.values[index]!, expected = decomposition.expected(at: index)
            let deviation = expected != 0 ? y / expected - 1 : nil
            if let deviation, abs(deviation) < minimumDeviation { continue }
            result.append(Anomaly(x: series.axis.label(at: index), index: index, y: y, expected: expected,
                                  zScore: z, direction: z > 0 ? .spike : .drop, deviation: deviation))
        }
        return result
    }

    /// 1.4826 · MAD, which estimates σ for normal noise; the mean absolute deviation (scaled by
    /// √(π/2)) when more than half the remainders are equal.
    private static func robustScale(_ values: [Double], center: Double) -> Double {
        let deviations = values.map { abs($0 - center) }
        let mad = Descriptive.median(deviations)!
        return mad > 0 ? 1.4826 * mad : 1.2533 * Descriptive.mean(deviations)!
    }
}
