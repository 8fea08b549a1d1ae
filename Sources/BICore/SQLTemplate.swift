/// SQL text whose `?` parameters are values, or days relative to today that are bound when it runs.
///
/// This is what `bi.lock` pins for a question: the text never changes with the date, and
/// "last month" becomes two day parameters resolved against `--as-of`:
///
/// ```swift
/// let template = SQLTemplate("select count(*) from orders where order_date >= ? and order_date < ?",
///                            parameters: [.day(DayExpression(parsing: "month-1m")!), .day(DayExpression(.startOf(.month)))])
/// template.bound(today: Day(iso: "2025-12-15")!).parameters   // [.text("2025-11-01"), .text("2025-12-01")]
/// ```
public struct SQLTemplate: Hashable, Sendable {
    public enum Parameter: Hashable, Sendable, CustomStringConvertible {
        case value(Value)
        case day(DayExpression)

        /// `text:West`, `integer:5`, `real:0.2`, `boolean:true`, `null`, `day:month-1m`: the form kept in `bi.lock`.
        public var description: String {
            switch self {
            case .value(.null): "null"
            case .value(.text(let text)): "text:" + text
            case .value(.integer(let number)): "integer:" + String(number)
            case .value(.real(let number)): "real:" + number.description
            case .value(.boolean(let flag)): "boolean:" + String(flag)
            case .day(let day): "day:" + day.description
            }
        }

        /// Parses ``description``; nil for anything else.
        public init?(parsing text: String) {
            guard text != "null" else { self = .value(.null); return }
            guard let colon = text.firstIndex(of: ":") else { return nil }
            let body = String(text[text.index(after: colon)...])
            switch text[..<colon] {
            case "text": self = .value(.text(body))
            case "integer": guard let number = Int64(body) else { return nil }; self = .value(.integer(number))
            case "real": guard let number = Double(body) else { return nil }; self = .value(.real(number))
            case "boolean": guard let flag = Bool(body) else { return nil }; self = .value(.boolean(flag))
            case "day": guard let day = DayExpression(parsing: body) else { return nil }; self = .day(day)
            default: return nil
            }
        }
    }

    public var text: String
    public var parameters: [Parameter]

    public init(_ text: String, parameters: [Parameter] = []) {
        self.text = text
        self.parameters = parameters
    }

    /// The SQL with every parameter a value; days become ISO text (`2025-11-01`).
    public func bound(today: Day) -> BoundSQL {
        BoundSQL(text, parameters: parameters.map { parameter in
            switch parameter {
            case .value(let value): value
            case .day(let day): .text(day.resolve(today: today).description)
            }
        })
    }
}
