import BICore
import Connectors

/// The messages sent to an LLM: the rules for its answer, the schema (tables, typed columns, keys,
/// a few values of category columns) and the question.
enum SchemaPrompt {
    static func messages(question: String, schema: Schema, dialect: SQLDialect, today: Day) -> [(role: String, content: String)] {
        let system = """
            You translate business questions into one read-only SQL query for \(dialectName(dialect)).
            Use only the tables and columns listed. Write a single SELECT (or WITH … SELECT) statement.
            Label time buckets as YYYY-MM-DD (day), YYYY-Www (ISO week), YYYY-MM (month), YYYY-Qn (quarter), YYYY (year).
            Today is \(today). Refer to today's date only as the placeholder :today, never as a literal date.
            Answer with the SQL only, in a ```sql code block.
            """
        return [("system", system), ("user", describe(schema) + "\nQuestion: " + question)]
    }

    static func describe(_ schema: Schema) -> String {
        var text = "Tables:\n"
        for table in schema.tables {
            let columns = table.columns.map { column in
                var entry = column.name + " " + column.type.rawValue
                if table.primaryKey == [column.name] { entry += " primary key" }
                if let key = table.foreignKeys.first(where: { $0.columns == [column.name] }) {
                    entry += " references " + key.referencedTable + "(" + key.referencedColumns.joined(separator: ", ") + ")"
                }
                if let values = column.sampleValues, values.count <= 20 {
                    entry += " values: " + values.map { "'" + $0 + "'" }.joined(separator: ", ")
                }
                return entry
            }
            text += "- " + table.name + " (" + String(table.rowCount) + " rows): " + columns.joined(separator: "; ") + "\n"
        }
        return text
    }

    private static func dialectName(_ dialect: SQLDialect) -> String {
        switch dialect {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        case .mysql: "MySQL"
        }
    }
}
