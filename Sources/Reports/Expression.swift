import BICore

/// A condition or value in report templating: `{#if top.length > 0}`, `{row.revenue}`,
/// `{params.product}`.
///
/// Paths name loop rows (`row.revenue`), page parameters (`params.product`) and query results
/// (`q.length` for its row count, `q.revenue` for the first row's value).
public indirect enum Expression: Hashable, Sendable {
    case literal(Value)
    case path([String])
    case not(Expression)
    case binary(Operator, Expression, Expression)

    public enum Operator: String, Hashable, Sendable, CaseIterable {
        case equal = "==", notEqual = "!=", lessOrEqual = "<=", greaterOrEqual = ">=", less = "<", greater = ">"
        case and, or
    }

    /// Parses an expression written at `location`.
    /// - Throws: a ``Diagnostic`` pointing at the character where it goes wrong.
    public static func parse(_ text: String, at location: SourceLocation) throws -> Expression {
        var parser = ExpressionParser(text: text, location: location)
        return try parser.parse()
    }

    /// Every path the expression reads, for checking names before rendering.
    public var paths: [[String]] {
        switch self {
        case .literal: []
        case .path(let path): [path]
        case .not(let inner): inner.paths
        case .binary(_, let left, let right): left.paths + right.paths
        }
    }
}
