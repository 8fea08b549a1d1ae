/// xoshiro256** seeded through SplitMix64: the one source of randomness of the demo data.
///
/// Only its own helpers draw from it (never the standard library's `random(in:using:)`, whose
/// algorithm may change between Swift versions), and its floating-point math is
/// ``PortableMath``, so a seed gives the same numbers on every machine and toolchain.
struct RandomSource {
    /// Independent streams, one per part of the data, so that e.g. the product catalog does not
    /// depend on how many rows are asked for.
    enum Stream: UInt64 {
        case catalog = 1, customers, calendar, orders
    }

    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    init(seed: UInt64, stream: Stream) {
        var splitMix = seed ^ RandomSource.mix(stream.rawValue &* 0xD1B5_4A32_D192_ED03)
        s0 = RandomSource.splitMixNext(&splitMix)
        s1 = RandomSource.splitMixNext(&splitMix)
        s2 = RandomSource.splitMixNext(&splitMix)
        s3 = RandomSource.splitMixNext(&splitMix)
    }

    mutating func next() -> UInt64 {
        let result = RandomSource.rotateLeft(s1 &* 5, by: 7) &* 9
        let shifted = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= shifted
        s3 = RandomSource.rotateLeft(s3, by: 45)
        return result
    }

    /// Uniform in [0, 1), with 53 random bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Uniform in [lower, upper).
    mutating func uniform(_ lower: Double, _ upper: Double) -> Double { lower + (upper - lower) * unit() }

    /// Uniform in 0..<count.
    mutating func index(below count: Int) -> Int { min(Int(unit() * Double(count)), count - 1) }

    /// Uniform in `range`.
    mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + index(below: range.count)
    }

    /// One element of `items`, each equally likely.
    mutating func element<T>(of items: [T]) -> T { items[index(below: items.count)] }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    /// Standard normal, by Marsaglia's polar method (no trigonometry, so it stays portable).
    mutating func normal() -> Double {
        while true {
            let u = 2 * unit() - 1
            let v = 2 * unit() - 1
            let s = u * u + v * v
            if s > 0, s < 1 { return u * (-2 * PortableMath.log(s) / s).squareRoot() }
        }
    }

    /// `exp(N(mu, sigma))`, like Python's `random.lognormvariate`.
    mutating func logNormal(mu: Double = 0, sigma: Double) -> Double {
        PortableMath.exp(mu + sigma * normal())
    }

    private static func rotateLeft(_ value: UInt64, by bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }

    private static func splitMixNext(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return mix(state)
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
