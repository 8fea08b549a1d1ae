import BICore

/// Rewrites `?` placeholders, as ``BoundSQL`` writes them, into PostgreSQL's `$1`, `$2`, …,
/// leaving literals, quoted identifiers and comments alone.
public enum PostgresPlaceholders {
    public static func translate(_ text: String) -> (text: String, offsets: OffsetMap) {
        let segments = SQLSegments(text)
        let bytes = segments.bytes
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var offsets = OffsetMap()
        var number = 0
        for segment in segments {
            guard segment.isCode else { out += bytes[segment.range]; continue }
            for index in segment.range {
                guard bytes[index] == UInt8(ascii: "?") else { out.append(bytes[index]); continue }
                number += 1
                let placeholder = Array("$\(number)".utf8)
                offsets.replaced(original: index..<(index + 1), withLength: placeholder.count, at: out.count)
                out += placeholder
            }
        }
        return (String(decoding: out, as: UTF8.self), offsets)
    }
}
