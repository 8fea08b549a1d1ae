import BICore
import CSQLite

/// Whether the current row's group key is a stored group's, read from SQLite's own buffers.
enum GroupKeyMatch {
    case same, different
    /// Equal to SQLite (1 and 1.0) but not the same value: which one SQLite shows is not the fold's to guess.
    case ambiguous
}

extension SQLiteStatement {
    /// The hash of the current row's first `count` columns, as SQLite tells group keys apart
    /// (integral reals as integers, text by its bytes), without making Swift values of them; nil
    /// for a blob or a declared boolean, whose stored integer the value would not keep.
    func groupKeyHash(columns count: Int) -> Int? {
        var hasher = Hasher()
        for index in 0..<count {
            let column = Int32(index)
            switch sqlite3_column_type(handle, column) {
            case SQLITE_NULL:
                hasher.combine(0 as UInt8)
            case SQLITE_INTEGER:
                guard !declaredBoolean[index] else { return nil }
                hasher.combine(1 as UInt8)
                hasher.combine(sqlite3_column_int64(handle, column))
            case SQLITE_FLOAT:
                let number = sqlite3_column_double(handle, column)
                if let integer = Int64(exactly: number) {
                    hasher.combine(1 as UInt8)
                    hasher.combine(integer)
                } else {
                    hasher.combine(2 as UInt8)
                    hasher.combine(number)
                }
            case SQLITE_TEXT:
                hasher.combine(3 as UInt8)
                hasher.combine(bytes: text(at: column))
            default:
                return nil
            }
        }
        return hasher.finalize()
    }

    /// Compares the current row's first `key.count` columns with a group's key values.
    func groupKeyMatch(_ key: [Value]) -> GroupKeyMatch {
        var result = GroupKeyMatch.same
        for (index, stored) in key.enumerated() {
            let column = Int32(index)
            switch (sqlite3_column_type(handle, column), stored) {
            case (SQLITE_NULL, .null): continue
            case (SQLITE_INTEGER, .integer(let number)) where sqlite3_column_int64(handle, column) == number: continue
            case (SQLITE_FLOAT, .real(let number)) where sqlite3_column_double(handle, column) == number: continue
            case (SQLITE_TEXT, .text(var string)):
                let bytes = text(at: column)
                if string.withUTF8({ $0.elementsEqual(bytes) }) { continue }
                return .different
            case (SQLITE_INTEGER, .real(let number)):
                if Double(sqlite3_column_int64(handle, column)) == number { result = .ambiguous } else { return .different }
            case (SQLITE_FLOAT, .integer(let number)):
                if sqlite3_column_double(handle, column) == Double(number) { result = .ambiguous } else { return .different }
            default: return .different
            }
        }
        return result
    }

    /// The UTF-8 bytes of a text column of the current row, valid until the next step.
    private func text(at column: Int32) -> UnsafeRawBufferPointer {
        let bytes = sqlite3_column_text(handle, column)
        return UnsafeRawBufferPointer(start: bytes, count: bytes == nil ? 0 : Int(sqlite3_column_bytes(handle, column)))
    }
}
