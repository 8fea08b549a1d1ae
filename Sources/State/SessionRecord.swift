import Foundation

/// A browser session as stored: keyed by the SHA-256 of its cookie token, so a copy of the
/// database does not hand out live sessions.
public struct SessionRecord: Sendable, Hashable {
    /// How far the sign-in has come.
    public enum Stage: String, Sendable, Hashable {
        /// The password was right; the second factor is still due.
        case secondFactor = "second-factor"
        /// Fully signed in.
        case signedIn = "signed-in"
    }

    /// Hex SHA-256 of the cookie token.
    public var idHash: String
    public var userID: String
    public var stage: Stage
    /// The token every form of this session must post back (`csrf` field).
    public var csrfToken: String
    public var createdAt: Date
    public var lastSeenAt: Date

    public init(idHash: String, userID: String, stage: Stage, csrfToken: String, createdAt: Date, lastSeenAt: Date) {
        self.idHash = idHash
        self.userID = userID
        self.stage = stage
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
    }
}

/// A browser a user chose to trust for 30 days: it skips the second factor, never the password.
public struct TrustedDevice: Sendable, Hashable {
    public var id: String
    public var userID: String
    public var createdAt: Date
    public var expiresAt: Date
    public var revoked: Bool

    public init(id: String, userID: String, createdAt: Date, expiresAt: Date, revoked: Bool = false) {
        self.id = id
        self.userID = userID
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revoked = revoked
    }
}

/// The emailed 6-digit code a user without an authenticator app signs in with.
public struct EmailCode: Sendable, Hashable {
    public var userID: String
    /// Hex SHA-256 of the code.
    public var codeHash: String
    public var expiresAt: Date
    /// Wrong codes entered against this code.
    public var failures: Int
    /// Until when no code is accepted, after too many wrong ones.
    public var lockedUntil: Date?

    public init(userID: String, codeHash: String, expiresAt: Date, failures: Int = 0, lockedUntil: Date? = nil) {
        self.userID = userID
        self.codeHash = codeHash
        self.expiresAt = expiresAt
        self.failures = failures
        self.lockedUntil = lockedUntil
    }
}
