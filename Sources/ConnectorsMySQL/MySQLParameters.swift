import BICore
import CMariaDB

/// Binds ``Value``s to a prepared statement's `?` placeholders and executes it.
enum MySQLParameters {
    /// False when binding or executing fails (the statement's error says why).
    static func execute(_ statement: UnsafeMutablePointer<MYSQL_STMT>, with values: [Value]) -> Bool {
        guard !values.isEmpty else { return mysql_stmt_execute(statement) == 0 }
        var buffers: [UnsafeMutableRawPointer] = []
        defer { buffers.forEach { $0.deallocate() } }
        let lengths = UnsafeMutablePointer<UInt>.allocate(capacity: values.count)
        defer { lengths.deallocate() }
        var binds: [MYSQL_BIND] = values.enumerated().map { index, value in
            var bind = MYSQL_BIND()
            func store<T>(_ item: T, as type: enum_field_types) {
                let buffer = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<T>.size, alignment: 8)
                buffer.storeBytes(of: item, as: T.self)
                buffers.append(buffer)
                bind.buffer = buffer
                bind.buffer_type = type
            }
            switch value {
            case .null: bind.buffer_type = MYSQL_TYPE_NULL
            case .integer(let number): store(number, as: MYSQL_TYPE_LONGLONG)
            case .boolean(let flag): store(Int64(flag ? 1 : 0), as: MYSQL_TYPE_LONGLONG)
            case .real(let number): store(number, as: MYSQL_TYPE_DOUBLE)
            case .text(let text):
                let bytes = Array(text.utf8)
                let buffer = UnsafeMutableRawPointer.allocate(byteCount: Swift.max(1, bytes.count), alignment: 1)
                buffer.copyMemory(from: bytes, byteCount: bytes.count)
                buffers.append(buffer)
                lengths[index] = UInt(bytes.count)
                bind.buffer = buffer
                bind.buffer_length = UInt(bytes.count)
                bind.length = lengths + index
                bind.buffer_type = MYSQL_TYPE_STRING
            }
            return bind
        }
        // The client reads the buffers when the statement executes, so both happen before they are freed.
        return mysql_stmt_bind_param(statement, &binds) == 0 && mysql_stmt_execute(statement) == 0
    }
}
