/// A growing UTF-8 buffer with fast, deterministic number output for SVG coordinates.
struct SVGWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    /// Text with `&`, `<`, `>` and `"` escaped.
    mutating func appendEscaped(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "\""): append("&quot;")
            default: bytes.append(byte)
            }
        }
    }

    /// At most two decimals, trailing zeros dropped, no `-0`: `12`, `3.5`, `-0.25`.
    mutating func append(number value: Double) {
        guard value.isFinite else { bytes.append(UInt8(ascii: "0")); return }
        var scaled = Int64((abs(value) * 100).rounded(.toNearestOrAwayFromZero))
        if scaled == 0 { bytes.append(UInt8(ascii: "0")); return }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let whole = scaled / 100
        appendDigits(whole)
        scaled %= 100
        guard scaled != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(48 + scaled / 10))
        if scaled % 10 != 0 { bytes.append(UInt8(48 + scaled % 10)) }
    }

    private mutating func appendDigits(_ value: Int64) {
        if value >= 10 { appendDigits(value / 10) }
        bytes.append(UInt8(48 + value % 10))
    }
}
