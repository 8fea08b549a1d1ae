import BICore

/// A compact, exact binary form of a ``ResultTable`` for the result cache: reals keep every bit.
enum ResultCodec {
    static func encode(_ table: ResultTable) -> [UInt8] {
        let cells = table.cells
        var out: [UInt8] = []
        out.reserveCapacity(64 + cells.count * 9)
        func integer(_ value: Int64) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
        func text(_ value: String) { integer(Int64(value.utf8.count)); out += value.utf8 }
        integer(Int64(table.columns.count))
        for column in table.columns { text(column.name); text(column.type.rawValue) }
        integer(Int64(cells.count))
        for cell in cells {
            switch cell {
            case .null: out.append(0)
            case .integer(let number): out.append(1); integer(number)
            case .real(let number): out.append(2); integer(Int64(bitPattern: number.bitPattern))
            case .text(let string): out.append(3); text(string)
            case .boolean(let flag): out.append(flag ? 5 : 4)
            }
        }
        return out
    }

    /// Nil when the bytes are not a table this version wrote.
    static func decode(_ bytes: [UInt8]) -> ResultTable? {
        var index = 0
        func integer() -> Int64? {
            guard index + 8 <= bytes.count else { return nil }
            var value: Int64 = 0
            withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes[index..<(index + 8)]) }
            index += 8
            return Int64(littleEndian: value)
        }
        func text() -> String? {
            guard let count = integer().map(Int.init), count >= 0, index + count <= bytes.count else { return nil }
            defer { index += count }
            return String(decoding: bytes[index..<(index + count)], as: UTF8.self)
        }
        guard let columnCount = integer(), columnCount >= 0 else { return nil }
        var columns: [Column] = []
        for _ in 0..<columnCount {
            guard let name = text(), let type = text().flatMap(ColumnType.init(rawValue:)) else { return nil }
            columns.append(Column(name, type))
        }
        guard let cellCount = integer(), cellCount >= 0 else { return nil }
        var cells: [Value] = []
        cells.reserveCapacity(Int(cellCount))
        for _ in 0..<cellCount {
            guard index < bytes.count else { return nil }
            let tag = bytes[index]
            index += 1
            switch tag {
            case 0: cells.append(.null)
            case 1: guard let number = integer() else { return nil }; cells.append(.integer(number))
            case 2: guard let bits = integer() else { return nil }; cells.append(.real(Double(bitPattern: UInt64(bitPattern: bits))))
            case 3: guard let string = text() else { return nil }; cells.append(.text(string))
            case 4, 5: cells.append(.boolean(tag == 5))
            default: return nil
            }
        }
        guard index == bytes.count, columns.isEmpty ? cells.isEmpty : cells.count % columns.count == 0 else { return nil }
        return ResultTable(columns: columns, cells: cells)
    }
}
