import Foundation

/// What a new password must be: long enough, not among the 10,000 most common passwords (nor one
/// of them with digits or symbols added before or after, like `password1234`), and not the user's
/// own name.
///
/// The list is the top 10,000 of the `passwords` frequency list of Dropbox's zxcvbn
/// (zxcvbn 4.5.0 on PyPI, MIT licence), itself drawn from Mark Burnett's 10 million leaked passwords.
///
/// ```swift
/// try PasswordPolicy().check("correct horse battery staple", userName: "ann")   // passes
/// try PasswordPolicy().check("password1234", userName: "ann")                  // throws .weakPassword
/// ```
public struct PasswordPolicy: Sendable {
    public var minimumLength: Int
    /// bcrypt's cost (log2 of rounds). 12 or more outside tests.
    public var cost: UInt8

    public init(minimumLength: Int = 12, cost: UInt8 = 12) {
        self.minimumLength = minimumLength
        self.cost = cost
    }

    /// - Throws: ``StateError`` `.weakPassword` saying why.
    public func check(_ password: String, userName: String) throws {
        if password.count < minimumLength {
            throw StateError(.weakPassword("it must have at least \(minimumLength) characters"))
        }
        if password.utf8.count > 72 {
            throw StateError(.weakPassword("it must have at most 72 bytes (bcrypt ignores the rest)"))
        }
        let lowered = password.lowercased()
        let core = lowered.trimmingCharacters(in: CharacterSet.letters.inverted)
        if PasswordPolicy.common.contains(lowered) || (core.count >= 4 && PasswordPolicy.common.contains(core)) {
            throw StateError(.weakPassword("it is one of the 10,000 most common passwords"))
        }
        if lowered.contains(userName.lowercased()) {
            throw StateError(.weakPassword("it must not contain the user name"))
        }
        if Set(password).count < 4 {
            throw StateError(.weakPassword("it repeats too few different characters"))
        }
    }

    static let common: Set<String> = Set(String(decoding: PackageResources.common_passwords_txt, as: UTF8.self)
        .split(separator: "\n").map(String.init))
}
