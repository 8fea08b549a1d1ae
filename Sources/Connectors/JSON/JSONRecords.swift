import BICore

/// Turns JSON records into rows: an array of objects (found by a JSON pointer, or the document
/// itself, or its only array of objects) or newline-delimited objects. Columns are the members in
/// the order first seen; nested objects become `parent.child` columns, arrays stay JSON text.
enum JSONRecords {
    /// - Parameters:
    ///   - pointer: where the records are (`/data`); nil to find them.
    ///   - isStream: NDJSON, one record per line.
    static func records(in bytes: [UInt8], pointer: String?, isStream: Bool, name: String) throws -> [JSONValue] {
        var parser = JSONParser(bytes: TextDecoding.utf8(bytes), name: name)
        if isStream { return try parser.parseStream() }
        let document = try parser.parseDocument()
        if let pointer {
            guard let found = document.value(at: pointer) else {
                throw ConnectorError(.malformed(file: name, line: 1, message: "nothing at the JSON pointer '\(pointer)'"))
            }
            guard case .array(let items) = found else {
                throw ConnectorError(.malformed(file: name, line: 1, message: "the value at '\(pointer)' is not an array of records"))
            }
            return items
        }
        switch document {
        case .array(let items): return items
        case .object(let members):
            let arrays = members.filter { if case .array = $0.1 { true } else { false } }
            if arrays.count == 1, case .array(let items) = arrays[0].1 { return items }
            throw ConnectorError(.malformed(file: name, line: 1, message: "cannot tell which member holds the records"
                                                + " (\(arrays.map { "/" + $0.0 }.joined(separator: ", ")))"))
        default:
            throw ConnectorError(.malformed(file: name, line: 1, message: "expected an array of records"))
        }
    }

    static func table(of records: [JSONValue]) -> FieldTable {
        var flattened: [[(String, JSONValue)]] = []
        var names: [String] = []
        var known: Set<String> = []
        flattened.reserveCapacity(records.count)
        for record in records {
            var fields: [(String, JSONValue)] = []
            if case .object(let members) = record { flatten(members, prefix: "", into: &fields) } else { fields = [("value", record)] }
            for (name, _) in fields where known.insert(name).inserted { names.append(name) }
            flattened.append(fields)
        }
        var table = FieldTable(names: names)
        let positions = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        for (row, fields) in flattened.enumerated() {
            var cells = [JSONValue](repeating: .null, count: names.count)
            for (name, value) in fields { cells[positions[name]!] = value }
            for cell in cells {
                switch cell {
                case .null: table.addNull()
                case .bool(let flag): table.add(flag ? "true" : "false", isString: false)
                case .number(let number): table.add(number, isString: false)
                case .string(let text): table.add(text)
                case .array, .object: table.add(cell.text)
                }
            }
            table.endRow(line: row + 1)
        }
        table.seal()
        return table
    }

    private static func flatten(_ members: [(String, JSONValue)], prefix: String, into fields: inout [(String, JSONValue)]) {
        for (key, value) in members {
            if case .object(let nested) = value, !nested.isEmpty {
                flatten(nested, prefix: prefix + key + ".", into: &fields)
            } else {
                fields.append((prefix + key, value))
            }
        }
    }
}
