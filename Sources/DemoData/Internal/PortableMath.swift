/// `exp`, `log` and `pow` from IEEE-754 additions, multiplications and divisions only.
///
/// The platform's libm may differ in the last bit between systems (glibc, Darwin); these give
/// the same bits everywhere, which keeps the demo data byte-identical across machines. They are
/// accurate to a few units in the last place, plenty for prices and weights.
enum PortableMath {
    /// ln 2 split in two (Cody and Waite): `ln2High` has zero low bits, so multiples of it by
    /// whole numbers below 2048 are exact.
    static let ln2High = 6.931_471_803_691_238_164_90e-01
    static let ln2Low = 1.908_214_929_270_587_700_02e-10

    /// Natural logarithm of a positive, finite `x`.
    static func log(_ x: Double) -> Double {
        precondition(x > 0 && x.isFinite, "log needs a positive finite number")
        var mantissa = x.significand              // in [1, 2)
        var exponent = Double(x.exponent)
        if mantissa > 1.414_213_562_373_095_1 {   // keep it in [√½, √2) so the series converges fast
            mantissa /= 2
            exponent += 1
        }
        // log(m) = 2·atanh(s) = 2(s + s³/3 + s⁵/5 + …) with s = (m − 1)/(m + 1), |s| ≤ 0.172.
        let s = (mantissa - 1) / (mantissa + 1)
        let s2 = s * s
        var series = 1.0 / 23
        for denominator in stride(from: 21.0, through: 1, by: -2) {
            series = series * s2 + 1 / denominator
        }
        return exponent * ln2High + (exponent * ln2Low + 2 * s * series)
    }

    /// `e` raised to `x`.
    static func exp(_ x: Double) -> Double {
        guard x < 709 else { return .infinity }
        guard x > -745 else { return 0 }
        let halvings = (x / (ln2High + ln2Low)).rounded()
        let r = (x - halvings * ln2High) - halvings * ln2Low   // |r| ≤ ln2 / 2
        var taylor = 1.0
        for n in stride(from: 18.0, through: 1, by: -1) {
            taylor = 1 + taylor * r / n
        }
        return Double(sign: .plus, exponent: Int(halvings), significand: taylor)
    }

    /// `base` (positive) raised to `power`.
    static func pow(_ base: Double, _ power: Double) -> Double { exp(power * log(base)) }
}

extension Double {
    /// Rounded to two decimals, as the nearest `Double` to a whole number of cents.
    var roundedToCents: Double { (self * 100).rounded() / 100 }
}
