import Foundation
import Synchronization

/// The account rules over a ``StateStore``: adding and removing users with a password policy,
/// checking passwords with lockout, throttling by client address, and auditing all of it.
///
/// ```swift
/// let accounts = Accounts(store: try SQLStateStore(path: ".bi/state.sqlite"))
/// let ann = try await accounts.addUser(name: "ann", role: .viewer, password: "…", actor: "cli")
/// switch try await accounts.checkPassword(name: "ann", password: "…", ip: "127.0.0.1") { … }
/// ```
public final class Accounts: Sendable {
    public let store: any StateStore
    public let policy: AccountPolicy
    public let passwords: PasswordPolicy
    let clock: @Sendable () -> Date
    private let decoy = Mutex<String?>(nil)

    /// - Parameter clock: the current time; tests pass a fixed or moving one.
    public init(store: any StateStore, policy: AccountPolicy = AccountPolicy(), passwords: PasswordPolicy = PasswordPolicy(),
                clock: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.policy = policy
        self.passwords = passwords
        self.clock = clock
    }

    public var now: Date { clock() }

    // MARK: - Managing users

    /// Adds a user after checking the name, groups, email and password.
    @discardableResult
    public func addUser(name: String, role: Role, groups: [String] = [], email: String? = nil, password: String,
                        actor: String, ip: String? = nil) async throws -> User {
        guard User.isValidName(name) else { throw StateError(.invalidName(name)) }
        if let bad = groups.first(where: { !User.isValidGroup($0) }) { throw StateError(.invalidGroup(bad)) }
        if let email, !Accounts.isPlausibleEmail(email) { throw StateError(.invalidEmail(email)) }
        try passwords.check(password, userName: name)
        if try store.user(named: name) != nil { throw StateError(.userExists(name)) }
        let hash = await PasswordHasher.hash(password, cost: passwords.cost)
        let user = User(id: SecureToken.random(bytes: 16), name: name, role: role, groups: groups, email: email, createdAt: now)
        try store.insertUser(user, passwordHash: hash)
        try audit(.userAdded, actor: actor, target: name, ip: ip, detail: "role \(role.rawValue)" + (groups.isEmpty ? "" : ", groups \(groups.joined(separator: ","))"))
        return user
    }

    public func removeUser(name: String, actor: String, ip: String? = nil) throws {
        let user = try existing(name)
        try store.deleteUser(id: user.id)
        try audit(.userRemoved, actor: actor, target: name, ip: ip)
    }

    /// Clears the failure count and the lock.
    public func unlock(name: String, actor: String, ip: String? = nil) throws {
        let user = try existing(name)
        try store.setFailures(userID: user.id, count: 0, lockedAt: nil)
        try audit(.accountUnlocked, actor: actor, target: name, ip: ip)
    }

    /// Removes the authenticator and recovery codes, revokes trusted devices and ends every session:
    /// the user enrols a second factor again at the next sign-in.
    public func resetSecondFactor(name: String, actor: String, ip: String? = nil) throws {
        let user = try existing(name)
        try store.setTOTP(userID: user.id, secret: nil, recoveryCodeHashes: [])
        try store.deleteEmailCode(userID: user.id)
        try store.revokeDevices(userID: user.id)
        try store.deleteSessions(userID: user.id)
        try audit(.twoFactorReset, actor: actor, target: name, ip: ip)
    }

    /// Stores an authenticator secret and returns fresh recovery codes (shown once; stored hashed).
    public func enrolTOTP(userID: String, secret: String, actor: String, ip: String? = nil) throws -> [String] {
        let codes = (0..<policy.recoveryCodes).map { _ in Accounts.recoveryCode() }
        try store.setTOTP(userID: userID, secret: secret, recoveryCodeHashes: codes.map { SecureToken.sha256($0) })
        let name = try store.user(id: userID)?.name
        try audit(.twoFactorEnrolled, actor: actor, target: name, ip: ip, detail: "authenticator app")
        return codes
    }

    // MARK: - Signing in

    /// The outcome of a password check. Unknown users and wrong passwords look the same.
    public enum PasswordOutcome: Sendable, Equatable {
        case accepted(User)
        case rejected
        /// The account is locked (now or before); the password was not even compared.
        case locked
    }

    /// Takes one attempt from the client address's allowance; false (and audited) when it is used up.
    public func allowAttempt(ip: String, path: String) throws -> Bool {
        let allowed = try store.takeToken(key: "login:" + ip, capacity: policy.attemptsPerAddress,
                                          perSecond: 1 / policy.attemptRefill, now: now)
        if !allowed { try audit(.rateLimited, actor: nil, target: path, ip: ip, detail: "too many sign-in attempts from this address") }
        return allowed
    }

    /// Takes one of `user`'s questions for the Ask page (the same token buckets as sign-in attempts,
    /// keyed by user); false, and audited, when they asked too many too fast.
    public func allowQuestion(by user: User, ip: String?) throws -> Bool {
        let allowed = try store.takeToken(key: "ask:" + user.id, capacity: policy.questionsPerUser,
                                          perSecond: 1 / policy.questionRefill, now: now)
        if !allowed { try audit(.rateLimited, actor: user.name, target: "/ask", ip: ip, detail: "too many questions") }
        return allowed
    }

    /// Checks a password, counting failures toward the lock.
    public func checkPassword(name: String, password: String, ip: String?) async throws -> PasswordOutcome {
        guard let user = try store.user(named: name), let hash = try store.passwordHash(userID: user.id) else {
            _ = await PasswordHasher.verify(password, hash: decoyHash())
            try audit(.signInFailed, actor: nil, target: name, ip: ip, detail: "unknown user")
            return .rejected
        }
        if user.isLocked {
            try audit(.signInFailed, actor: nil, target: name, ip: ip, detail: "account locked")
            return .locked
        }
        guard await PasswordHasher.verify(password, hash: hash) else {
            return try recordFailure(user, ip: ip, action: .signInFailed, detail: "wrong password") ? .locked : .rejected
        }
        return .accepted(user)
    }

    /// Counts a wrong password or code; locks the account at the limit. Returns whether it is now locked.
    @discardableResult
    public func recordFailure(_ user: User, ip: String?, action: AuditEvent.Action, detail: String) throws -> Bool {
        let failures = (try store.user(id: user.id)?.failedAttempts ?? user.failedAttempts) + 1
        let locks = failures >= policy.maxFailures
        try store.setFailures(userID: user.id, count: failures, lockedAt: locks ? now : nil)
        try audit(action, actor: nil, target: user.name, ip: ip, detail: "\(detail) (\(failures) of \(policy.maxFailures))")
        if locks { try audit(.accountLocked, actor: nil, target: user.name, ip: ip, detail: "\(failures) failures in a row") }
        return locks
    }

    /// Records a complete sign-in: clears the failure count.
    public func recordSignIn(_ user: User, ip: String?, method: String) throws {
        try store.setFailures(userID: user.id, count: 0, lockedAt: nil)
        try audit(.signIn, actor: user.name, target: user.name, ip: ip, detail: method)
    }

    public func audit(_ action: AuditEvent.Action, actor: String?, target: String? = nil, ip: String? = nil, detail: String? = nil) throws {
        try store.append(AuditEvent(at: now, action: action, actor: actor, target: target, ip: ip, detail: detail))
    }

    func existing(_ name: String) throws -> User {
        guard let user = try store.user(named: name) else { throw StateError(.noSuchUser(name)) }
        return user
    }

    private func decoyHash() async -> String {
        if let hash = decoy.withLock({ $0 }) { return hash }
        let hash = await PasswordHasher.hash(SecureToken.random(), cost: passwords.cost)
        decoy.withLock { $0 = hash }
        return hash
    }

    static func isPlausibleEmail(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && address.count <= 254
            && !address.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," || $0.isNewline })
    }

    /// `abcd-efgh-2345`: 12 characters from an alphabet without look-alikes (about 60 bits).
    static func recoveryCode() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<12).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return stride(from: 0, to: 12, by: 4).map { String(characters[$0..<($0 + 4)]) }.joined(separator: "-")
    }
}
