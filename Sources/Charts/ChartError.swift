/// Why a chart cannot be drawn from the data it was given.
public struct ChartError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        case missingColumn(String, available: [String])
        case notNumeric(String)
        case missingEncoding(String)
    }

    public var reason: Reason

    public init(_ reason: Reason) { self.reason = reason }

    public var description: String {
        switch reason {
        case .missingColumn(let name, let available):
            "no column '\(name)' in the data (columns: \(available.joined(separator: ", ")))"
        case .notNumeric(let name): "column '\(name)' is not numeric"
        case .missingEncoding(let channel): "the chart needs '\(channel)'"
        }
    }
}
