import Foundation

/// A small, fast, seedable random number generator (SplitMix64), so that k-means seeding,
/// forecast simulations and test data are the same on every run and every machine.
///
/// ```swift
/// var random = SeededGenerator(seed: 42)
/// let u = Double.random(in: 0..<1, using: &random)
/// let z = random.nextGaussian()
/// ```
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in [0, 1) with 53 random bits.
    public mutating func nextUniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A standard normal number (Box–Muller).
    public mutating func nextGaussian() -> Double {
        let u = 1 - nextUniform(), v = nextUniform()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}
