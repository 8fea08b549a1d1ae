import Foundation

/// One line of the append-only audit log.
///
/// ```swift
/// AuditEvent(action: .signInFailed, actor: nil, target: "ann", ip: "127.0.0.1", detail: "wrong password")
/// ```
/// Details never hold passwords, codes or tokens.
public struct AuditEvent: Sendable, Hashable {
    /// What happened. The raw values are what the log stores and shows.
    public enum Action: String, Sendable, Hashable, CaseIterable {
        case signIn = "sign-in"
        case signInFailed = "sign-in-failed"
        case secondFactorFailed = "second-factor-failed"
        case accountLocked = "account-locked"
        case accountUnlocked = "account-unlocked"
        case rateLimited = "rate-limited"
        case signOut = "sign-out"
        case signOutEverywhere = "sign-out-everywhere"
        case twoFactorEnrolled = "2fa-enrolled"
        case twoFactorReset = "2fa-reset"
        case recoveryCodeUsed = "recovery-code-used"
        case emailCodeSent = "email-code-sent"
        case deviceTrusted = "device-trusted"
        case devicesRevoked = "devices-revoked"
        case userAdded = "user-added"
        case userRemoved = "user-removed"
        case reportViewed = "report-viewed"
        case accessDenied = "access-denied"
        case csrfRejected = "csrf-rejected"
        case badRequest = "bad-request"
        case questionAsked = "question-asked"
        case questionRefused = "question-refused"
        case reportAppended = "report-appended"
    }

    /// Order of appending; assigned by the store.
    public var sequence: Int64
    public var at: Date
    public var action: Action
    /// Who did it: a user name, `cli` for the command line, or nil when nobody is signed in.
    public var actor: String?
    /// What it was done to: a user name or a page path.
    public var target: String?
    /// The client's address, when it came over HTTP.
    public var ip: String?
    public var detail: String?

    public init(sequence: Int64 = 0, at: Date = Date(), action: Action, actor: String?, target: String? = nil,
                ip: String? = nil, detail: String? = nil) {
        self.sequence = sequence
        self.at = at
        self.action = action
        self.actor = actor
        self.target = target
        self.ip = ip
        self.detail = detail
    }
}
