import BICore
import Connectors

/// The parts of generated SQL that differ between SQLite, PostgreSQL and MySQL: identifier
/// quoting and time-bucket labels (`2025-11-03`, `2025-W45`, `2025-11`, `2025-Q4`, `2025`).
struct DialectSQL: Sendable {
    let dialect: SQLDialect

    /// `name`, quoted only when it must be: not lowercase letters, digits and underscores, or reserved.
    func identifier(_ name: String) -> String {
        let plain = name.first.map { $0.isLowercase || $0 == "_" } ?? false
            && name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" }
        return plain && !DialectSQL.reserved.contains(name) ? name : dialect.quote(name)
    }

    /// Floating-point 100 and 1 for percentages and ratios. MySQL's decimal literals would keep only
    /// four more digits in a division; its `1E2` is a double.
    var hundred: String { dialect == .mysql ? "1E2" : "100.0" }
    var one: String { dialect == .mysql ? "1E0" : "1.0" }

    /// The argument of AVG: MySQL averages integers as decimals with four digits, so it gets a double.
    func averaged(_ expression: String) -> String { dialect == .mysql ? "(" + expression + ") * 1E0" : expression }

    /// A bound day compared with a column: PostgreSQL is told it is a date when the column is one.
    func day(_ parameter: SQLText, typed: Bool) -> SQLText {
        dialect == .postgres && typed ? "CAST(" + parameter + " AS date)" : parameter
    }

    /// The bucket label of a date or timestamp expression.
    func bucket(_ expression: String, _ unit: CalendarUnit, isText: Bool) -> String {
        switch dialect {
        case .sqlite:
            switch unit {
            case .day: return "strftime('%Y-%m-%d', \(expression))"
            case .month: return "strftime('%Y-%m', \(expression))"
            case .year: return "strftime('%Y', \(expression))"
            case .quarter:
                return "strftime('%Y', \(expression)) || '-Q' || ((CAST(strftime('%m', \(expression)) AS INTEGER) + 2) / 3)"
            case .week:
                // The ISO week's Thursday fixes its year; its day of the year gives the week number.
                let thursday = "date(\(expression), '-3 days', 'weekday 4')"
                return "strftime('%Y', \(thursday)) || '-W' || printf('%02d', (CAST(strftime('%j', \(thursday)) AS INTEGER) + 6) / 7)"
            }
        case .postgres:
            let value = isText ? "CAST(\(expression) AS date)" : expression
            let format = switch unit {
            case .day: "YYYY-MM-DD"
            case .week: "IYYY-\"W\"IW"
            case .month: "YYYY-MM"
            case .quarter: "YYYY-\"Q\"Q"
            case .year: "YYYY"
            }
            return "to_char(\(value), '\(format)')"
        case .mysql:
            switch unit {
            case .day: return "DATE_FORMAT(\(expression), '%Y-%m-%d')"
            case .week: return "DATE_FORMAT(\(expression), '%x-W%v')"
            case .month: return "DATE_FORMAT(\(expression), '%Y-%m')"
            case .quarter: return "CONCAT(YEAR(\(expression)), '-Q', QUARTER(\(expression)))"
            case .year: return "DATE_FORMAT(\(expression), '%Y')"
            }
        }
    }

    /// Words none of the three dialects accept as a bare identifier.
    static let reserved: Set<String> = [
        "all", "and", "as", "asc", "between", "by", "case", "cast", "check", "column", "constraint", "create", "cross", "current_date",
        "default", "delete", "desc", "distinct", "drop", "else", "end", "except", "exists", "false", "for", "foreign", "from", "full",
        "group", "having", "in", "index", "inner", "insert", "intersect", "into", "is", "join", "key", "left", "like", "limit", "not",
        "null", "of", "offset", "on", "or", "order", "outer", "primary", "references", "right", "select", "set", "table", "then", "to",
        "true", "union", "unique", "update", "user", "using", "values", "when", "where", "with", "window", "range", "rank", "rows",
        "interval", "read", "release", "year_month", "match", "condition", "div", "mod", "usage", "leading", "trailing", "both",
        // MySQL and MariaDB reserve more
        "change", "current", "database", "databases", "decimal", "describe", "dual", "explain", "fetch", "float", "force", "function",
        "grant", "groups", "ignore", "int", "integer", "keys", "kill", "lag", "lead", "leave", "lines", "load", "lock", "long", "loop",
        "natural", "numeric", "option", "out", "over", "partition", "precision", "procedure", "purge", "real", "rename", "repeat",
        "replace", "require", "restrict", "return", "revoke", "rlike", "row", "row_number", "schema", "second", "separator", "show",
        "signal", "spatial", "sql", "starting", "system", "terminated", "trigger", "undo", "unlock", "unsigned", "use", "varchar",
        "while", "write", "xor", "zerofill", "cume_dist", "dense_rank", "first_value", "last_value", "nth_value", "ntile",
        "percent_rank", "recursive", "lateral", "empty", "cross", "distinctrow", "high_priority", "low_priority", "straight_join",
    ]
}
