/// SQL text plus the values bound to its `?` placeholders. Values never become part of the text.
///
/// ```swift
/// let region: Value = .text("West")
/// let query: BoundSQL = "select sum(amount) from orders where region = \(region)"
/// // query.text == "select sum(amount) from orders where region = ?"
/// ```
/// `description` shows the text only, so logs and errors never carry parameter values.
public struct BoundSQL: Hashable, Sendable, CustomStringConvertible {
    public private(set) var text: String
    public private(set) var parameters: [Value]

    public init(_ text: String, parameters: [Value] = []) {
        self.text = text
        self.parameters = parameters
    }

    public var description: String { text }

    /// Appends more SQL, keeping placeholders and parameters in step.
    public mutating func append(_ other: BoundSQL) {
        text += other.text
        parameters += other.parameters
    }

    public static func + (lhs: BoundSQL, rhs: BoundSQL) -> BoundSQL {
        var result = lhs
        result.append(rhs)
        return result
    }
}

extension BoundSQL: ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) { self.init(value) }
    public init(stringInterpolation: Interpolation) { self = stringInterpolation.sql }

    public struct Interpolation: StringInterpolationProtocol {
        var sql = BoundSQL("")
        public init(literalCapacity: Int, interpolationCount: Int) {}
        public mutating func appendLiteral(_ literal: String) { sql.text += literal }
        /// A value: becomes a `?` placeholder and a bound parameter.
        public mutating func appendInterpolation(_ value: Value) {
            sql.text += "?"
            sql.parameters.append(value)
        }
        /// A fragment of SQL with its own parameters.
        public mutating func appendInterpolation(_ fragment: BoundSQL) { sql.append(fragment) }
    }
}
