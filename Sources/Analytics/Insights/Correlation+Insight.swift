import BICore

extension Correlation {
    /// "Revenue and ad spend are strongly positively correlated (r = 0.82, p < 0.001, n = 48)";
    /// "… are not significantly correlated (…)" when p ≥ 0.05.
    public func insight(_ first: String, _ second: String) -> Insight {
        let symbol = method == .pearson ? "r" : "ρ"
        let numbers = "\(symbol) = \(NumberFormat.trimmed(coefficient, maxDecimals: 2)), \(Phrase.pValue(pValue)), n = \(count)"
        guard pValue < 0.05, strength != "no" else {
            return Insight(kind: .correlation, text: "\(first) and \(second) are not significantly correlated (\(numbers))", score: 0.1)
        }
        let direction = coefficient > 0 ? "positively" : "negatively"
        return Insight(kind: .correlation, text: "\(first) and \(second) are \(strength)ly \(direction) correlated (\(numbers))",
                       score: 0.3 + 0.5 * abs(coefficient))
    }
}
