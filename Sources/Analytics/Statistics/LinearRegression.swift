/// Ordinary least squares with an intercept: y ≈ intercept + Σ coefficient·x.
///
/// Features are given column by column, so a long single-feature fit (a trend over a million
/// points) needs no per-row arrays. The normal equations are solved on centred data by Cholesky
/// decomposition. Standard errors and p-values are the classical ones (t on n − p − 1 degrees of
/// freedom), as in statsmodels' `OLS`.
///
/// ```swift
/// let fit = LinearRegression(x: [1, 2, 3, 4], y: [3, 5, 7, 9.5])!
/// fit.slope       // 2.15
/// fit.intercept   // 0.75
/// fit.predict([5])
/// ```
public struct LinearRegression: Hashable, Sendable, Codable {
    /// The fitted value where every feature is 0.
    public let intercept: Double
    /// One coefficient per feature column, in order.
    public let coefficients: [Double]
    /// Standard errors of `coefficients`; empty when there are no residual degrees of freedom.
    public let standardErrors: [Double]
    /// Two-sided p-values of "coefficient is 0"; empty when there are no residual degrees of freedom.
    public let pValues: [Double]
    /// Share of the variance of y explained, 0…1.
    public let rSquared: Double
    /// Rows used.
    public let count: Int

    /// The coefficient of a single-feature fit.
    public var slope: Double { coefficients[0] }

    /// Fits y on one feature; nil when x is constant or fewer than two rows.
    public init?(x: [Double], y: [Double]) { self.init(columns: [x], y: y) }

    /// Fits y on feature `columns` (each as long as y); nil when the features are collinear,
    /// constant, or there are fewer rows than coefficients.
    public init?(columns: [[Double]], y: [Double]) {
        let n = y.count, p = columns.count
        precondition(columns.allSatisfy { $0.count == n }, "every feature column needs one value per row")
        guard p >= 1, n > p, let meanY = Descriptive.mean(y) else { return nil }
        let means = columns.map { Descriptive.mean($0)! }
        let centered = zip(columns, means).map { column, mean in column.map { $0 - mean } }
        let centeredY = y.map { $0 - meanY }
        var gram = [Double](repeating: 0, count: p * p)
        for a in 0..<p {
            for b in a..<p {
                gram[a * p + b] = dot(centered[a], centered[b])
                gram[b * p + a] = gram[a * p + b]
            }
        }
        let moments = centered.map { dot($0, centeredY) }
        guard let factor = Cholesky(gram, size: p) else { return nil }
        let beta = factor.solve(moments)
        // The residual sum of squares of a least-squares fit: Syy − βᵀ·Sxy.
        let totalSquares = dot(centeredY, centeredY)
        let residualSquares = max(0, totalSquares - dot(beta, moments))
        coefficients = beta
        intercept = meanY - zip(beta, means).reduce(0) { $0 + $1.0 * $1.1 }
        rSquared = totalSquares > 0 ? max(0, 1 - residualSquares / totalSquares) : 1
        count = n
        let freedom = n - p - 1
        guard freedom > 0 else {
            standardErrors = []
            pValues = []
            return
        }
        let sigmaSquared = residualSquares / Double(freedom)
        let inverse = factor.inverseDiagonal()
        standardErrors = inverse.map { (sigmaSquared * $0).squareRoot() }
        let t = StudentT(degreesOfFreedom: Double(freedom))
        pValues = zip(beta, standardErrors).map { $1 > 0 ? t.twoSidedPValue($0 / $1) : 0 }
    }

    /// The fitted value for one row of features.
    public func predict(_ features: [Double]) -> Double {
        zip(coefficients, features).reduce(intercept) { $0 + $1.0 * $1.1 }
    }
}

/// Σ aᵢ·bᵢ.
private func dot(_ a: [Double], _ b: [Double]) -> Double {
    a.withUnsafeBufferPointer { a in
        b.withUnsafeBufferPointer { b in
            var total = 0.0
            for index in 0..<a.count { total += a[index] * b[index] }
            return total
        }
    }
}

/// The Cholesky factor L (lower triangular, row-major) of a symmetric positive definite matrix.
private struct Cholesky {
    let lower: [Double]
    let size: Int

    init?(_ matrix: [Double], size: Int) {
        var l = [Double](repeating: 0, count: size * size)
        for i in 0..<size {
            for j in 0...i {
                var total = matrix[i * size + j]
                for k in 0..<j { total -= l[i * size + k] * l[j * size + k] }
                if i == j {
                    guard total > 1e-12 * max(1, abs(matrix[i * size + i])) else { return nil }
                    l[i * size + i] = total.squareRoot()
                } else {
                    l[i * size + j] = total / l[j * size + j]
                }
            }
        }
        lower = l
        self.size = size
    }

    /// x with L·Lᵀ·x = b.
    func solve(_ b: [Double]) -> [Double] {
        var y = b
        for i in 0..<size {
            for k in 0..<i { y[i] -= lower[i * size + k] * y[k] }
            y[i] /= lower[i * size + i]
        }
        for i in stride(from: size - 1, through: 0, by: -1) {
            for k in (i + 1)..<size { y[i] -= lower[k * size + i] * y[k] }
            y[i] /= lower[i * size + i]
        }
        return y
    }

    /// The diagonal of (L·Lᵀ)⁻¹, from one solve per unit vector.
    func inverseDiagonal() -> [Double] {
        (0..<size).map { column in
            var unit = [Double](repeating: 0, count: size)
            unit[column] = 1
            return solve(unit)[column]
        }
    }
}
