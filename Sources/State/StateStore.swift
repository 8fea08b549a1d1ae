import Foundation

/// The operations on the state database: accounts, sessions, trusted devices, emailed codes,
/// the audit log, login throttling and the Ask page's questions. ``SQLStateStore`` implements it, on
/// SQLite or PostgreSQL, with the same portable SQL (see ``StateSchema``).
///
/// Stores hold no policy (how many failures lock an account, how long sessions live): that is
/// ``Accounts``' job. Methods are synchronous and fast; implementations serialise access.
public protocol StateStore: QuestionHistoryStore {
    // MARK: - Users
    /// - Throws: ``StateError`` `.userExists` when the name is taken.
    func insertUser(_ user: User, passwordHash: String) throws
    func user(named name: String) throws -> User?
    func user(id: String) throws -> User?
    /// Every user, by name.
    func users() throws -> [User]
    /// Deletes the user and everything that belongs to them (sessions, devices, codes); the audit log stays.
    func deleteUser(id: String) throws
    func passwordHash(userID: String) throws -> String?
    /// Records failures since the last success, and the lock time once locked (nil unlocks).
    func setFailures(userID: String, count: Int, lockedAt: Date?) throws

    // MARK: - Second factors
    /// Enrols (or with nil removes) an authenticator secret, replacing the recovery codes.
    func setTOTP(userID: String, secret: String?, recoveryCodeHashes: [String]) throws
    func totpSecret(userID: String) throws -> String?
    /// Marks TOTP time step `step` as used. False when it, or a later step, was used already (a replay).
    func claimTOTPStep(userID: String, step: Int64) throws -> Bool
    /// Uses up a recovery code. False when no unused code has that hash.
    func consumeRecoveryCode(userID: String, codeHash: String) throws -> Bool
    func remainingRecoveryCodes(userID: String) throws -> Int
    func saveEmailCode(_ code: EmailCode) throws
    func emailCode(userID: String) throws -> EmailCode?
    func deleteEmailCode(userID: String) throws

    // MARK: - Sessions and devices
    func insertSession(_ session: SessionRecord) throws
    func session(idHash: String) throws -> SessionRecord?
    func touchSession(idHash: String, at: Date) throws
    func deleteSession(idHash: String) throws
    /// Ends every session of a user; returns how many there were.
    @discardableResult func deleteSessions(userID: String) throws -> Int
    /// Removes sessions idle since before `idleBefore` or created before `createdBefore`.
    func deleteExpiredSessions(idleBefore: Date, createdBefore: Date) throws
    func insertDevice(_ device: TrustedDevice) throws
    func device(id: String) throws -> TrustedDevice?
    /// Revokes every trusted device of a user; returns how many were active.
    @discardableResult func revokeDevices(userID: String) throws -> Int

    // MARK: - Audit log and throttling
    /// Appends an event; the store assigns its sequence number. There is no update or delete.
    func append(_ event: AuditEvent) throws
    /// The newest events first, at most `limit`, older than `sequence` when given.
    func auditEvents(limit: Int, before sequence: Int64?) throws -> [AuditEvent]
    /// Takes one token from the bucket called `key` (capacity `capacity`, refilled at
    /// `perSecond`). False when the bucket is empty: the caller should refuse the attempt.
    func takeToken(key: String, capacity: Double, perSecond: Double, now: Date) throws -> Bool
    /// A random 32-byte key kept in the database, created on first use (signs device tokens).
    func signingKey() throws -> [UInt8]
}
