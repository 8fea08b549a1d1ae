import Foundation
import State
import Testing

@Suite struct AccountsTests {
    @Test(arguments: [
        ("short-pw", "password rejected: it must have at least 12 characters"),
        ("password1234", "password rejected: it is one of the 10,000 most common passwords"),
        ("ann-is-the-best-user", "password rejected: it must not contain the user name"),
        ("aaaaaaaaaaaaaaaaaaaa", "password rejected: it repeats too few different characters"),
    ])
    func weakPasswordsAreRefusedWithTheReason(_ password: String, _ message: String) async throws {
        let fixture = try StateFixture()
        await #expect(throws: StateError.self) {
            do {
                try await fixture.accounts.addUser(name: "ann", role: .viewer, password: password, actor: "test")
            } catch let error as StateError {
                #expect(error.description == message)
                throw error
            }
        }
        #expect(try fixture.store.users().isEmpty)
    }

    @Test(arguments: StateBackend.all) func namesGroupsAndEmailsAreValidated(_ backend: StateBackend) async throws {
        let fixture = try StateFixture(backend)
        await #expect(throws: StateError(.invalidName("ann smith"))) {
            try await fixture.accounts.addUser(name: "ann smith", role: .viewer, password: StateFixture.password, actor: "t")
        }
        await #expect(throws: StateError(.invalidGroup("sales,x"))) {
            try await fixture.accounts.addUser(name: "ann", role: .viewer, groups: ["sales,x"], password: StateFixture.password, actor: "t")
        }
        await #expect(throws: StateError(.invalidEmail("ann@localhost"))) {
            try await fixture.accounts.addUser(name: "ann", role: .viewer, email: "ann@localhost", password: StateFixture.password, actor: "t")
        }
        try await fixture.addUser("ann", groups: ["sales"])
        await #expect(throws: StateError(.userExists("ann"))) { try await fixture.addUser("ann") }
        #expect(try fixture.store.users().map(\.accessNames) == [["viewer", "sales"]])
    }

    @Test(arguments: StateBackend.all) func fiveWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt(_ backend: StateBackend) async throws {
        let fixture = try StateFixture(backend)
        try await fixture.addUser("ann")
        var outcomes: [Accounts.PasswordOutcome] = []
        for _ in 0..<5 { outcomes.append(try await fixture.accounts.checkPassword(name: "ann", password: "wrong-password-1", ip: "10.0.0.1")) }
        #expect(outcomes == [.rejected, .rejected, .rejected, .rejected, .locked])
        #expect(try await fixture.accounts.checkPassword(name: "ann", password: StateFixture.password, ip: "10.0.0.1") == .locked)
        try fixture.accounts.unlock(name: "ann", actor: "admin")
        guard case .accepted(let user) = try await fixture.accounts.checkPassword(name: "ann", password: StateFixture.password, ip: nil) else {
            Issue.record("the unlocked account should accept its password")
            return
        }
        #expect(user.name == "ann")
        #expect(try fixture.actions() == [.userAdded] + Array(repeating: .signInFailed, count: 5) + [.accountLocked, .signInFailed, .accountUnlocked])
    }

    @Test(arguments: StateBackend.all) func unknownUsersAreRejectedLikeWrongPasswords(_ backend: StateBackend) async throws {
        let fixture = try StateFixture(backend)
        #expect(try await fixture.accounts.checkPassword(name: "nobody", password: "whatever-it-is", ip: "10.0.0.9") == .rejected)
        let event = try #require(try fixture.store.auditEvents(limit: 1, before: nil).first)
        #expect(event.action == .signInFailed && event.target == "nobody" && event.detail == "unknown user" && event.ip == "10.0.0.9")
    }

    @Test(arguments: StateBackend.all) func sessionsExpireWhenIdleAndAfterTheirAbsoluteLimit(_ backend: StateBackend) async throws {
        let fixture = try StateFixture(backend)
        let user = try await fixture.addUser("ann")
        let (token, session) = try fixture.accounts.startSession(userID: user.id, stage: .signedIn)
        #expect(try fixture.store.session(idHash: token) == nil, "the store keeps a hash, not the token")
        #expect(try fixture.accounts.session(token: token) == session)
        fixture.advance(29 * 60)
        #expect(try fixture.accounts.session(token: token) != nil)
        try fixture.store.touchSession(idHash: session.idHash, at: fixture.accounts.now)
        fixture.advance(29 * 60)
        #expect(try fixture.accounts.session(token: token) != nil, "touched 29 minutes ago")
        fixture.advance(2 * 60)
        #expect(try fixture.accounts.session(token: token) == nil, "idle for 31 minutes")

        let (second, record) = try fixture.accounts.startSession(userID: user.id, stage: .signedIn)
        for _ in 0..<25 {
            fixture.advance(29 * 60)
            try fixture.store.touchSession(idHash: record.idHash, at: fixture.accounts.now)
        }
        #expect(try fixture.accounts.session(token: second) == nil, "older than 12 hours")
    }

    @Test(arguments: StateBackend.all) func aPendingSecondFactorExpiresAfterFiveMinutes(_ backend: StateBackend) async throws {
        let fixture = try StateFixture(backend)
        let user = try await fixture.addUser("ann")
        let (token, _) = try fixture.accounts.startSession(userID: user.id, stage: .secondFactor)
        fixture.advance(301)
        #expect(try fixture.accounts.session(token: token) == nil)
    }

    @Test(arguments: StateBackend.all) func signOutEverywhereEndsEverySessionOfTheUserOnly(_ backend: StateBackend) async throws {
        let fixture = try StateFixture(backend)
        let ann = try await fixture.addUser("ann"), bob = try await fixture.addUser("bob")
        let first = try fixture.accounts.startSession(userID: ann.id, stage: .signedIn).token
        let second = try fixture.accounts.startSession(userID: ann.id, stage: .signedIn).token
        let bobs = try fixture.accounts.startSession(userID: bob.id, stage: .signedIn).token
        try fixture.accounts.endAllSessions(of: ann, ip: nil)
        #expect(try fixture.accounts.session(token: first) == nil && fixture.accounts.session(token: second) == nil)
        #expect(try fixture.accounts.session(token: bobs) != nil)
    }

    @Test(arguments: StateBackend.all) func trustedDeviceTokensAreSignedBoundToTheUserAndRevocable(_ backend: StateBackend) async throws {
        let fixture = try StateFixture(backend)
        let ann = try await fixture.addUser("ann"), bob = try await fixture.addUser("bob")
        let token = try fixture.accounts.trustDevice(of: ann, ip: nil)
        #expect(try fixture.accounts.isTrustedDevice(token, for: ann))
        #expect(try !fixture.accounts.isTrustedDevice(token, for: bob))
        let parts = token.split(separator: ".").map(String.init)
        let later = String(Int(parts[1])! + 86400 * 365)
        #expect(try !fixture.accounts.isTrustedDevice([parts[0], later, parts[2]].joined(separator: "."), for: ann), "expiry is signed")
        #expect(try !fixture.accounts.isTrustedDevice(parts[0] + "." + parts[1] + ".AAAA", for: ann))
        fixture.advance(31 * 86400)
        #expect(try !fixture.accounts.isTrustedDevice(token, for: ann), "30 days only")

        let fresh = try fixture.accounts.trustDevice(of: ann, ip: nil)
        try fixture.accounts.forgetDevices(of: ann, actor: "ann", ip: nil)
        #expect(try !fixture.accounts.isTrustedDevice(fresh, for: ann))
    }

    @Test(arguments: StateBackend.all) func emailedCodesExpireAndLockAfterThreeWrongTries(_ backend: StateBackend) async throws {
        let fixture = try StateFixture(backend)
        let ann = try await fixture.addUser("ann", email: "ann@example.com")
        let code = try #require(try fixture.accounts.issueEmailCode(for: ann, ip: nil))
        #expect(code.count == 6 && code.allSatisfy(\.isNumber))
        fixture.advance(601)
        #expect(try fixture.accounts.checkEmailCode(code, for: ann) == .expired)

        let next = try #require(try fixture.accounts.issueEmailCode(for: ann, ip: nil))
        let wrong = next == "000000" ? "111111" : "000000"
        #expect(try (0..<3).map { _ in try fixture.accounts.checkEmailCode(wrong, for: ann) } == [.wrong, .wrong, .locked])
        #expect(try fixture.accounts.checkEmailCode(next, for: ann) == .locked, "even the right code, while locked")
        #expect(try fixture.accounts.issueEmailCode(for: ann, ip: nil) == nil, "no new code while locked")
        fixture.advance(15 * 60 + 1)
        let last = try #require(try fixture.accounts.issueEmailCode(for: ann, ip: nil))
        #expect(try fixture.accounts.checkEmailCode(last, for: ann) == .accepted)
        #expect(try fixture.accounts.checkEmailCode(last, for: ann) == .expired, "single use")
    }

    @Test(arguments: StateBackend.all) func recoveryCodesWorkOnceEach(_ backend: StateBackend) async throws {
        let fixture = try StateFixture(backend)
        let ann = try await fixture.addUser("ann")
        let codes = try fixture.accounts.enrolTOTP(userID: ann.id, secret: "SECRETSECRETSECRET12", actor: "ann")
        #expect(codes.count == 10 && Set(codes).count == 10)
        #expect(codes[0].wholeMatch(of: /[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}/) != nil)
        #expect(try fixture.accounts.useRecoveryCode(codes[0].uppercased(), for: ann, ip: nil))
        #expect(try !fixture.accounts.useRecoveryCode(codes[0], for: ann, ip: nil))
        #expect(try fixture.store.remainingRecoveryCodes(userID: ann.id) == 9)
        #expect(try fixture.store.user(named: "ann")?.hasTOTP == true)
    }

    @Test(arguments: StateBackend.all) func aTOTPStepCanBeUsedOnlyOnce(_ backend: StateBackend) async throws {
        let fixture = try StateFixture(backend)
        let ann = try await fixture.addUser("ann")
        _ = try fixture.accounts.enrolTOTP(userID: ann.id, secret: "SECRETSECRETSECRET12", actor: "ann")
        #expect(try fixture.store.claimTOTPStep(userID: ann.id, step: 100))
        #expect(try !fixture.store.claimTOTPStep(userID: ann.id, step: 100))
        #expect(try !fixture.store.claimTOTPStep(userID: ann.id, step: 99))
        #expect(try fixture.store.claimTOTPStep(userID: ann.id, step: 101))
    }

    @Test(arguments: StateBackend.all) func resetSecondFactorRemovesTheAuthenticatorDevicesAndSessions(_ backend: StateBackend) async throws {
        let fixture = try StateFixture(backend)
        let ann = try await fixture.addUser("ann")
        _ = try fixture.accounts.enrolTOTP(userID: ann.id, secret: "SECRETSECRETSECRET12", actor: "ann")
        let device = try fixture.accounts.trustDevice(of: ann, ip: nil)
        let session = try fixture.accounts.startSession(userID: ann.id, stage: .signedIn).token
        try fixture.accounts.resetSecondFactor(name: "ann", actor: "cli")
        #expect(try fixture.store.user(named: "ann")?.hasTOTP == false)
        #expect(try !fixture.accounts.isTrustedDevice(device, for: ann))
        #expect(try fixture.accounts.session(token: session) == nil)
        #expect(try fixture.actions().suffix(1) == [.twoFactorReset])
    }

    @Test(arguments: StateBackend.all) func attemptsPerAddressAreLimitedAndAudited(_ backend: StateBackend) throws {
        var policy = AccountPolicy()
        policy.attemptsPerAddress = 2
        let fixture = try StateFixture(backend, policy: policy)
        #expect(try (0..<3).map { _ in try fixture.accounts.allowAttempt(ip: "10.0.0.1", path: "/login") } == [true, true, false])
        #expect(try fixture.accounts.allowAttempt(ip: "10.0.0.2", path: "/login"))
        #expect(try fixture.actions() == [.rateLimited])
    }
}
