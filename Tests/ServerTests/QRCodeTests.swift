import Foundation
@testable import Server
import Testing

/// Matrices from the Python `qrcode` package (8.x, byte mode, level M, the same mask), in Fixtures/.
@Suite struct QRCodeTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test(arguments: [
        ("qr-hello-v1-mask5", "HELLO WORLD", 5, 1),
        ("qr-otpauth-v5-mask3", "otpauth://totp/SmartBI:ann?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=SmartBI", 3, 5),
        ("qr-x150-v8-mask6", String(repeating: "x", count: 150), 6, 8),
    ])
    func matchesAReferenceEncoder(_ fixture: String, _ text: String, _ mask: Int, _ version: Int) throws {
        let expected = try String(contentsOf: QRCodeTests.fixtures.appendingPathComponent(fixture + ".txt"), encoding: .utf8)
        let code = try QRCode(encoding: text, mask: mask)
        #expect(code.version == version)
        let drawn = code.modules.map { row in String(row.map { $0 ? "#" : "." }) }.joined(separator: "\n") + "\n"
        #expect(drawn == expected)
    }

    @Test func picksAMaskAndRefusesWhatDoesNotFit() throws {
        let code = try QRCode(encoding: "HELLO WORLD")
        #expect((0..<8).contains(code.mask))
        #expect(code.svg(moduleSize: 4).hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" width=\"116\" height=\"116\""))
        #expect(throws: QRCode.TooLong.self) { try QRCode(encoding: String(repeating: "x", count: 214)) }
    }
}
