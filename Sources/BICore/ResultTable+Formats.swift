/// Text forms of a result for the command line and downloads: CSV, JSON and an aligned table.
extension ResultTable {
    /// RFC 4180 CSV with a header row; fields are quoted when they need it.
    public var csv: String {
        var out = columns.map { ResultTable.csvField($0.name) }.joined(separator: ",") + "\r\n"
        for row in 0..<rowCount {
            out += self.row(row).map { ResultTable.csvField($0.text) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// `{"sql": …, "columns": [{"name": …, "type": …}], "rows": [[…]]}` on one line.
    public func json(sql: String) -> String {
        var out = "{\"sql\":" + JSON.string(sql) + ",\"columns\":["
        out += columns.map { "{\"name\":" + JSON.string($0.name) + ",\"type\":" + JSON.string($0.type.rawValue) + "}" }.joined(separator: ",")
        out += "],\"rows\":["
        for row in 0..<rowCount {
            if row > 0 { out += "," }
            out += "[" + self.row(row).map(JSON.value).joined(separator: ",") + "]"
        }
        return out + "]}"
    }

    /// Columns padded to their widest value, numbers right-aligned, for a terminal.
    public var textTable: String {
        let texts = (0..<rowCount).map { row in self.row(row).map(\.text) }
        let widths = columns.indices.map { column in
            texts.reduce(columns[column].name.count) { Swift.max($0, $1[column].count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return columns[column].type.isNumeric ? padding + cell : cell + padding
            }.joined(separator: "  ")
        }
        var out = line(columns.map(\.name)) + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for cells in texts { out += line(cells) + "\n" }
        return out + "(\(rowCount) row\(rowCount == 1 ? "" : "s"))\n"
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}

/// Minimal, deterministic JSON writing.
public enum JSON {
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    public static func value(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .integer(let number): String(number)
        case .real(let number): number.isFinite ? number.shortestText : "null"
        case .text(let text): string(text)
        case .boolean(let flag): flag ? "true" : "false"
        }
    }
}
