import Foundation
import State
import TestSupport

/// A state database in a temporary folder, with a clock the test moves by hand.
final class StateFixture: Sendable {
    let folder: TemporaryDirectory
    let store: SQLiteStateStore
    let accounts: Accounts
    let clock = TestClock()

    init(policy: AccountPolicy = AccountPolicy()) throws {
        folder = try TemporaryDirectory("smartbi-state")
        store = try SQLiteStateStore(path: folder.path(".bi/state.sqlite"))
        let clock = self.clock
        accounts = Accounts(store: store, policy: policy, passwords: PasswordPolicy(cost: 4), clock: { clock.now })
    }

    func advance(_ seconds: TimeInterval) { clock.advance(seconds) }

    static let password = "plum-orchard-velvet-42"

    @discardableResult
    func addUser(_ name: String, role: Role = .viewer, groups: [String] = [], email: String? = nil) async throws -> User {
        try await accounts.addUser(name: name, role: role, groups: groups, email: email, password: StateFixture.password, actor: "test")
    }

    func actions() throws -> [AuditEvent.Action] { try store.auditEvents(limit: 1000, before: nil).reversed().map(\.action) }
}
