/// Bits written least significant first into a buffer sized in advance (with 8 bytes to spare).
struct BitWriter {
    private let base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var pending: UInt64 = 0
    private var pendingBits = 0

    init(_ base: UnsafeMutablePointer<UInt8>) { self.base = base }

    @inline(__always) mutating func write(_ value: UInt64, _ bits: Int) {
        pending |= value << UInt64(pendingBits)
        pendingBits &+= bits
        if pendingBits >= 32 {
            UnsafeMutableRawPointer(base + count).storeBytes(of: UInt32(truncatingIfNeeded: pending).littleEndian, as: UInt32.self)
            count &+= 4
            pending >>= 32
            pendingBits &-= 32
        }
    }

    /// Pads to a whole byte.
    mutating func flush() {
        while pendingBits > 0 {
            base[count] = UInt8(truncatingIfNeeded: pending)
            count += 1
            pending >>= 8
            pendingBits = Swift.max(0, pendingBits - 8)
        }
    }

    mutating func bytes(_ values: UInt8...) {
        for value in values { base[count] = value; count += 1 }
    }
}
