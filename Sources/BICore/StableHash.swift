/// A 64-bit FNV-1a digest: the same on every machine and every run, unlike `Hasher`. For noticing
/// change (schema fingerprints, `bi.lock` hashes), not for security.
///
/// ```swift
/// var hash = StableHash()
/// hash.add("top 5 products by revenue")
/// hash.hex   // 16 hexadecimal digits
/// ```
public struct StableHash: Hashable, Sendable {
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    public init() {}

    /// Adds `text` and a separator, so `add("ab"); add("c")` differs from `add("a"); add("bc")`.
    public mutating func add(_ text: String) {
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }
        value = (value ^ 0x1E) &* 0x100_0000_01B3
    }

    /// The digest as 16 lowercase hexadecimal digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
