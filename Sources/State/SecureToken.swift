import Crypto
import Foundation

/// Random tokens, hashes of tokens and constant-time comparison.
///
/// ```swift
/// let token = SecureToken.random()            // 43 URL-safe characters, 256 bits
/// let stored = SecureToken.sha256(token)      // what the database keeps
/// SecureToken.equal(stored, SecureToken.sha256(token))   // true, in constant time
/// ```
public enum SecureToken {
    /// `bytes` random bytes from the system's secure generator, base64url without padding.
    public static func random(bytes: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        let data = Data((0..<bytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        return base64URL(data)
    }

    /// A number of `digits` decimal digits, uniformly random (emailed codes).
    public static func digits(_ digits: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
    }

    /// Lower-case hex SHA-256 of the UTF-8 text.
    public static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// HMAC-SHA256 of `message` under `key`, base64url.
    public static func sign(_ message: String, key: [UInt8]) -> String {
        base64URL(Data(HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: SymmetricKey(data: key))))
    }

    /// Compares two strings in time that depends on their length only, not on where they differ.
    public static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
