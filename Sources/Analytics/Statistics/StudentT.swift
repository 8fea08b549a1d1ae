/// Student's t distribution with `degreesOfFreedom`, through the regularized incomplete beta function.
///
/// ```swift
/// StudentT(degreesOfFreedom: 10).twoSidedPValue(2.228)   // ≈ 0.05
/// ```
public struct StudentT: Hashable, Sendable {
    /// ν.
    public let degreesOfFreedom: Double

    /// The distribution with ν = `degreesOfFreedom` > 0.
    public init(degreesOfFreedom: Double) {
        precondition(degreesOfFreedom > 0, "t distribution needs positive degrees of freedom")
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, 1/2).
    public func twoSidedPValue(_ t: Double) -> Double {
        guard t.isFinite else { return t.isNaN ? .nan : 0 }
        let nu = degreesOfFreedom
        return SpecialFunctions.regularizedIncompleteBeta(nu / (nu + t * t), a: nu / 2, b: 0.5)
    }

    /// P(T ≤ t).
    public func cdf(_ t: Double) -> Double {
        let tail = twoSidedPValue(t) / 2
        return t > 0 ? 1 - tail : tail
    }
}
