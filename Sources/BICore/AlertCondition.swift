/// `rows > 0`, `value < 1000`: what makes a data alert fire. `rows` counts the query's rows;
/// `value` is the first column of its first row (no rows: the condition is false).
public struct AlertCondition: Sendable, Hashable, CustomStringConvertible {
    public enum Subject: String, Sendable, Hashable { case rows, value }
    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        case greaterOrEqual = ">=", lessOrEqual = "<=", notEqual = "!=", equal = "==", greater = ">", less = "<"
    }

    public var subject: Subject
    public var comparison: Comparison
    public var threshold: Double

    /// - Throws: a message saying what a condition looks like.
    public init(_ text: String) throws(ConditionError) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard parts.count == 3, let subject = Subject(rawValue: parts[0]),
              let comparison = Comparison(rawValue: parts[1] == "=" ? "==" : parts[1]),
              let threshold = Double(parts[2]) else { throw ConditionError(text: text) }
        self.subject = subject
        self.comparison = comparison
        self.threshold = threshold
    }

    /// Whether the condition holds for `number` (the row count or the value).
    public func holds(for number: Double) -> Bool {
        switch comparison {
        case .greater: number > threshold
        case .greaterOrEqual: number >= threshold
        case .less: number < threshold
        case .lessOrEqual: number <= threshold
        case .equal: number == threshold
        case .notEqual: number != threshold
        }
    }

    public var description: String {
        let number = threshold == threshold.rounded() && abs(threshold) < 1e15 ? String(Int64(threshold)) : String(threshold)
        return "\(subject.rawValue) \(comparison.rawValue) \(number)"
    }
}

/// A condition that does not parse.
public struct ConditionError: Error, Hashable, Sendable, CustomStringConvertible {
    public var text: String
    public var description: String { "'\(text)' is not an alert condition" }
    public var hint: String { "write rows or value, a comparison (>, >=, <, <=, ==, !=) and a number, e.g. rows > 0 or value < 1000" }
}
