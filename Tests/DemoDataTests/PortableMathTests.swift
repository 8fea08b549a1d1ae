import Foundation
import Testing
@testable import DemoData

/// The portable `log`/`exp` must agree with the platform's to a few units in the last place.
@Suite struct PortableMathTests {
    static let samples = [1e-300, 1e-9, 0.001, 0.1, 0.5, 0.7071, 0.9, 1, 1.03, 1.22, 1.5, 2, 3.14159, 10, 1100,
                          1e12, 1e300]

    @Test func logMatchesTheSystemLibrary() {
        for x in Self.samples {
            let expected = Foundation.log(x)
            #expect(abs(PortableMath.log(x) - expected) <= 4e-16 * max(1, abs(expected)), "log(\(x))")
        }
    }

    @Test func expMatchesTheSystemLibrary() {
        for x in [-700, -20, -1, -0.3466, -1e-8, 0, 1e-8, 0.25, 0.5, 1, 2.5, 20, 700] {
            #expect(abs(PortableMath.exp(x) / Foundation.exp(x) - 1) <= 1e-15, "exp(\(x))")
        }
    }

    @Test func powerAndCentsRounding() {
        #expect(abs(PortableMath.pow(1.03, -3) - Foundation.pow(1.03, -3)) < 1e-15)
        #expect((12.345_000_1).roundedToCents == 12.35)
        #expect((4.3 + 0.09).roundedToCents.description == "4.39")
    }

    @Test func randomUnitsStayInRangeAndDifferByStream() {
        var catalog = RandomSource(seed: 42, stream: .catalog)
        var orders = RandomSource(seed: 42, stream: .orders)
        let draws = (0..<1_000).map { _ in catalog.unit() }
        #expect(draws.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(draws.reduce(0, +) / 1_000 - 0.5) < 0.05)
        #expect(Array(draws.prefix(4)) != (0..<4).map { _ in orders.unit() })
    }
}
