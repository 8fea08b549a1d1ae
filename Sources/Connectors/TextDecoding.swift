/// Turns file bytes into UTF-8: valid UTF-8 is kept, anything else is read as Latin-1.
public enum TextDecoding {
    public static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        if isValidUTF8(bytes) { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
            } else {
                out.append(0xC0 | (byte >> 6))
                out.append(0x80 | (byte & 0x3F))
            }
        }
        return out
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        isASCII(bytes) || String(validating: bytes, as: UTF8.self) != nil
    }

    /// Eight bytes at a time: ASCII text is valid UTF-8 without building a string.
    static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { isASCII($0) }
    }

    static func isASCII(_ raw: UnsafeRawBufferPointer) -> Bool {
        let words = raw.count / 8
        var high: UInt64 = 0
        for index in 0..<words { high |= raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self) }
        for index in (words * 8)..<raw.count { high |= UInt64(raw[index]) }
        return high & 0x8080_8080_8080_8080 == 0
    }
}
