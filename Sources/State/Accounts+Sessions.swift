import Foundation

extension Accounts {
    // MARK: - Sessions

    /// Starts a session with a new random token (the cookie value; the store keeps its hash only).
    public func startSession(userID: String, stage: SessionRecord.Stage) throws -> (token: String, session: SessionRecord) {
        let token = SecureToken.random()
        let session = SessionRecord(idHash: SecureToken.sha256(token), userID: userID, stage: stage,
                                    csrfToken: SecureToken.random(), createdAt: now, lastSeenAt: now)
        try store.insertSession(session)
        return (token, session)
    }

    /// The live session for a cookie token, or nil when unknown or expired (an expired one is deleted).
    /// A session waiting for its second factor lives ``AccountPolicy/secondFactorWindow`` only.
    public func session(token: String) throws -> SessionRecord? {
        let hash = SecureToken.sha256(token)
        guard let session = try store.session(idHash: hash) else { return nil }
        let absolute = session.stage == .signedIn ? policy.sessionAbsolute : policy.secondFactorWindow
        if now.timeIntervalSince(session.lastSeenAt) > policy.sessionIdle || now.timeIntervalSince(session.createdAt) > absolute {
            try store.deleteSession(idHash: hash)
            return nil
        }
        return session
    }

    /// Ends one session.
    public func endSession(token: String) throws {
        try store.deleteSession(idHash: SecureToken.sha256(token))
    }

    /// Ends every session of a user ("sign out everywhere").
    public func endAllSessions(of user: User, ip: String?) throws {
        let count = try store.deleteSessions(userID: user.id)
        try audit(.signOutEverywhere, actor: user.name, target: user.name, ip: ip, detail: "\(count) sessions ended")
    }

    /// Deletes sessions past their idle or absolute limit.
    public func purgeExpiredSessions() throws {
        try store.deleteExpiredSessions(idleBefore: now.addingTimeInterval(-policy.sessionIdle),
                                        createdBefore: now.addingTimeInterval(-policy.sessionAbsolute))
    }

    // MARK: - Trusted devices

    /// Trusts the current browser of `user` for ``AccountPolicy/deviceTrust``: returns the cookie
    /// value `id.expiry.signature`, an HMAC over the device, the user and the expiry.
    public func trustDevice(of user: User, ip: String?) throws -> String {
        let device = TrustedDevice(id: SecureToken.random(bytes: 16), userID: user.id, createdAt: now,
                                   expiresAt: now.addingTimeInterval(policy.deviceTrust))
        try store.insertDevice(device)
        try audit(.deviceTrusted, actor: user.name, target: user.name, ip: ip, detail: "for \(Int(policy.deviceTrust / 86400)) days")
        let expiry = String(Int64(device.expiresAt.timeIntervalSince1970))
        return "\(device.id).\(expiry).\(SecureToken.sign(Accounts.deviceMessage(device.id, user.id, expiry), key: try store.signingKey()))"
    }

    /// Whether a device cookie is a valid, unrevoked, unexpired trust of this very user.
    public func isTrustedDevice(_ token: String, for user: User) throws -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, let expiry = Int64(parts[1]) else { return false }
        let expected = SecureToken.sign(Accounts.deviceMessage(parts[0], user.id, parts[1]), key: try store.signingKey())
        guard SecureToken.equal(expected, parts[2]), Date(timeIntervalSince1970: TimeInterval(expiry)) > now,
              let device = try store.device(id: parts[0]) else { return false }
        return device.userID == user.id && !device.revoked && device.expiresAt > now
    }

    /// Revokes every trusted device of a user.
    public func forgetDevices(of user: User, actor: String, ip: String?) throws {
        let count = try store.revokeDevices(userID: user.id)
        try audit(.devicesRevoked, actor: actor, target: user.name, ip: ip, detail: "\(count) devices")
    }

    static func deviceMessage(_ id: String, _ userID: String, _ expiry: String) -> String { "device|\(id)|\(userID)|\(expiry)" }

    // MARK: - Emailed codes and recovery codes

    /// Makes a new 6-digit code for `user`, replacing any earlier one, unless the code is locked
    /// after wrong tries (then nil).
    public func issueEmailCode(for user: User, ip: String?) throws -> String? {
        if let existing = try store.emailCode(userID: user.id), let until = existing.lockedUntil, until > now { return nil }
        let code = SecureToken.digits(6)
        try store.saveEmailCode(EmailCode(userID: user.id, codeHash: SecureToken.sha256(code),
                                          expiresAt: now.addingTimeInterval(policy.emailCodeLifetime)))
        try audit(.emailCodeSent, actor: nil, target: user.name, ip: ip)
        return code
    }

    public enum CodeOutcome: Sendable, Equatable { case accepted, wrong, expired, locked }

    /// Checks an emailed code: single use, expiring, locked for a while after too many wrong tries.
    public func checkEmailCode(_ code: String, for user: User) throws -> CodeOutcome {
        guard var stored = try store.emailCode(userID: user.id) else { return .expired }
        if let until = stored.lockedUntil, until > now { return .locked }
        if stored.expiresAt <= now { return .expired }
        if SecureToken.equal(stored.codeHash, SecureToken.sha256(code)) {
            try store.deleteEmailCode(userID: user.id)
            return .accepted
        }
        stored.failures += 1
        if stored.failures >= policy.emailCodeFailures {
            stored.lockedUntil = now.addingTimeInterval(policy.emailCodeLock)
            stored.failures = 0
        }
        try store.saveEmailCode(stored)
        return stored.lockedUntil != nil ? .locked : .wrong
    }

    /// Uses up a recovery code (`abcd-efgh-2345`; case and dashes do not matter).
    public func useRecoveryCode(_ code: String, for user: User, ip: String?) throws -> Bool {
        let letters = code.lowercased().filter { $0.isLetter || $0.isNumber }
        guard letters.count == 12 else { return false }
        let normal = stride(from: 0, to: 12, by: 4).map { start in
            String(letters[letters.index(letters.startIndex, offsetBy: start)..<letters.index(letters.startIndex, offsetBy: start + 4)])
        }.joined(separator: "-")
        guard try store.consumeRecoveryCode(userID: user.id, codeHash: SecureToken.sha256(normal)) else { return false }
        try audit(.recoveryCodeUsed, actor: user.name, target: user.name, ip: ip,
                  detail: "\(try store.remainingRecoveryCodes(userID: user.id)) left")
        return true
    }
}
