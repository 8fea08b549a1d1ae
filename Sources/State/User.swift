import Foundation

/// An account of the preview server, as stored in the state database (never with its secrets).
public struct User: Sendable, Hashable, Identifiable {
    /// A random identifier that never changes, so a renamed or re-added name is a different user.
    public var id: String
    /// The sign-in name: 1–64 letters, digits, `.`, `_`, `-` or `@`.
    public var name: String
    public var role: Role
    /// Extra names that a report's `access:` list may grant (`sales`, `finance`).
    public var groups: [String]
    /// Where emailed sign-in codes go; nil when the user signs in with an authenticator app only.
    public var email: String?
    /// Whether an authenticator app (TOTP) is enrolled.
    public var hasTOTP: Bool
    /// Wrong passwords and codes since the last successful sign-in.
    public var failedAttempts: Int
    /// When the account was locked after too many failures; nil when it is not locked.
    public var lockedAt: Date?
    public var createdAt: Date

    public init(id: String, name: String, role: Role, groups: [String] = [], email: String? = nil, hasTOTP: Bool = false,
                failedAttempts: Int = 0, lockedAt: Date? = nil, createdAt: Date) {
        self.id = id
        self.name = name
        self.role = role
        self.groups = groups
        self.email = email
        self.hasTOTP = hasTOTP
        self.failedAttempts = failedAttempts
        self.lockedAt = lockedAt
        self.createdAt = createdAt
    }

    public var isLocked: Bool { lockedAt != nil }

    /// The names a report's `access:` list is matched against: the role and the groups.
    public var accessNames: Set<String> { Set(groups).union([role.rawValue]) }

    /// Whether `name` is acceptable as a user name.
    public static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.count) && name.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "._-@".unicodeScalars.contains($0)
        }
    }

    /// Whether `name` is acceptable as a group name (letters, digits, `_`, `-`).
    public static func isValidGroup(_ name: String) -> Bool {
        (1...64).contains(name.count) && name.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "_-".unicodeScalars.contains($0)
        }
    }
}
