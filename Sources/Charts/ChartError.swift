/// Why a chart cannot be drawn from the data or options it was given.
public struct ChartError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        case missingColumn(String, available: [String])
        case notNumeric(String)
        case notTemporal(String)
        case missingEncoding(String)
        case wrongCount(String, expected: String)
        case badAnnotation(String, String, hint: String)
        /// Options that do not go together, said in words.
        case unsupported(String)
    }

    public var reason: Reason

    public init(_ reason: Reason) { self.reason = reason }

    public var description: String {
        switch reason {
        case .missingColumn(let name, let available):
            "no column '\(name)' in the data (columns: \(available.joined(separator: ", ")))"
        case .notNumeric(let name): "column '\(name)' is not numeric"
        case .notTemporal(let name): "column '\(name)' does not hold dates (YYYY-MM-DD, YYYY-MM or timestamps)"
        case .missingEncoding(let channel): "the chart needs '\(channel)'"
        case .wrongCount(let channel, let expected): "'\(channel)' needs \(expected)"
        case .badAnnotation(let kind, let text, let hint): "cannot read \(kind) '\(text)': \(hint)"
        case .unsupported(let text): text
        }
    }
}
