extension StringProtocol {
    /// Letters, digits and `_` (ASCII), starting with a letter or `_`: names of queries, inputs and parameters.
    public var isIdentifier: Bool {
        guard let first, first.isLetter || first == "_" else { return false }
        return allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") && $0.isASCII }
    }
}
