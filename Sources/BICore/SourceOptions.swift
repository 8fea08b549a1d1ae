/// Per-source settings in `bi.yml` beyond the URL: type overrides for file sources, HTTP headers,
/// where the records are in a JSON document, and query limits.
///
/// ```yaml
/// sources:
///   orders_api:
///     url: json:https://api.example.com/v1/orders
///     headers: {Authorization: "Bearer ${ORDERS_API_TOKEN}"}
///     records: /data
///     next: /links/next
///     types: {order_date: date, "orders.total": decimal}
///     limits: {timeout: 60, rows: 50000}
/// ```
public struct SourceOptions: Sendable, Hashable {
    /// Column types to use instead of inferring them: keys are `column` (any table) or `table.column`.
    public var types: [String: ColumnType]
    /// HTTP headers for `json:https://…`; `${NAME}` in a value is replaced by the environment variable NAME.
    public var headers: [Header]
    /// A JSON pointer (`/data/items`) to the array of records.
    public var records: String?
    /// A JSON pointer to the next page's URL in each response (else a `Link: <…>; rel="next"` header is followed).
    public var next: String?
    /// The table name for a JSON source read from a URL (default: the URL's last path segment).
    public var table: String?
    public var limits: LimitSettings

    public struct Header: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(types: [String: ColumnType] = [:], headers: [Header] = [], records: String? = nil, next: String? = nil,
                table: String? = nil, limits: LimitSettings = LimitSettings()) {
        self.types = types
        self.headers = headers
        self.records = records
        self.next = next
        self.table = table
        self.limits = limits
    }
}

/// `limits:` in `bi.yml`, for the whole project or one source: how long a query may run and how
/// many rows a result may hold. Unset values fall back to the project's, then to the defaults.
public struct LimitSettings: Sendable, Hashable {
    /// Seconds.
    public var timeout: Double?
    public var rows: Int?

    public init(timeout: Double? = nil, rows: Int? = nil) {
        self.timeout = timeout
        self.rows = rows
    }

    /// These settings, with unset values taken from `fallback`.
    public func over(_ fallback: LimitSettings) -> LimitSettings {
        LimitSettings(timeout: timeout ?? fallback.timeout, rows: rows ?? fallback.rows)
    }
}

extension ColumnType {
    /// The names `types:` accepts in `bi.yml`: `integer`, `decimal` (or `real`), `date`,
    /// `timestamp`, `boolean`, `text`.
    public init?(configName: String) {
        switch configName.lowercased() {
        case "integer", "int": self = .integer
        case "decimal", "real", "number", "float", "double": self = .real
        case "date": self = .date
        case "timestamp", "datetime": self = .timestamp
        case "boolean", "bool": self = .boolean
        case "text", "string": self = .text
        default: return nil
        }
    }
}
