import Foundation
import HummingbirdOTP

/// An authenticator-app secret (RFC 6238 TOTP: SHA-1, 6 digits, 30-second steps): the enrolment
/// URI and QR code, the text for manual entry, and code checks that allow one step of clock drift.
///
/// ```swift
/// let secret = TOTPSecret.generate()
/// secret.uri(user: "ann", issuer: "Acme analytics")  // otpauth://totp/Acme%20analytics:ann?secret=…&issuer=…
/// secret.step(matching: "492039", at: Date())        // the time step the code belongs to, or nil
/// ```
public struct TOTPSecret: Sendable, Hashable {
    /// The shared secret as stored (20 random letters and digits, about 119 bits).
    public let value: String

    public init(value: String) { self.value = value }

    public static func generate() -> TOTPSecret {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return TOTPSecret(value: String((0..<20).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }))
    }

    /// The `otpauth://` URI that authenticator apps read from the QR code.
    public func uri(user: String, issuer: String) -> String {
        TOTP(secret: value).createAuthenticatorURL(label: "\(issuer):\(user)", issuer: issuer)
    }

    /// The secret as apps want it typed in: base32, in groups of four.
    public var manualEntry: String {
        let text = TOTPSecret.base32(Array(value.utf8))
        return stride(from: 0, to: text.count, by: 4).map { start in
            let from = text.index(text.startIndex, offsetBy: start)
            return String(text[from..<(text.index(from, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex)])
        }.joined(separator: " ")
    }

    /// The code for the 30-second step holding `date`.
    public func code(at date: Date) -> String {
        String(format: "%06d", TOTP(secret: value).compute(date: date))
    }

    /// The time step (one before, the current, or one after) whose code is `code`, or nil.
    public func step(matching code: String, at date: Date) -> Int64? {
        let digits = code.filter { !$0.isWhitespace }
        guard digits.count == 6, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        let current = Int64(date.timeIntervalSince1970 / 30)
        var matched: Int64?
        for offset: Int64 in [-1, 0, 1] {
            let step = current + offset
            let candidate = self.code(at: Date(timeIntervalSince1970: TimeInterval(step * 30)))
            if candidate.utf8.elementsEqual(digits.utf8) { matched = step }
        }
        return matched
    }

    static func base32(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        var output = "", buffer = 0, bits = 0
        for byte in bytes {
            buffer = buffer << 8 | Int(byte)
            bits += 8
            while bits >= 5 {
                output.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { output.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return output
    }
}
