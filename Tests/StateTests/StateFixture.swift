import Foundation
import State
import TestSupport

/// Where a test's state database lives: an SQLite file, or a scratch PostgreSQL database (when the
/// test server runs, as under scripts/test).
enum StateBackend: String, CaseIterable, Sendable {
    case sqlite, postgres

    static var all: [StateBackend] { PostgresScratchDatabase.isAvailable ? allCases : [.sqlite] }
}

/// A state database in a temporary folder (or on PostgreSQL), with a clock the test moves by hand.
final class StateFixture: Sendable {
    let folder: TemporaryDirectory
    /// The SQLite file (unused when the store is on PostgreSQL).
    let path: String
    let store: SQLStateStore
    let accounts: Accounts
    let clock = TestClock()

    /// Keeps the scratch PostgreSQL database while the fixture lives.
    let postgres: PostgresScratchDatabase?

    init(_ backend: StateBackend = .sqlite, policy: AccountPolicy = AccountPolicy()) throws {
        folder = try TemporaryDirectory("smartbi-state")
        path = folder.path(".bi/state.sqlite")
        postgres = backend == .postgres ? try PostgresScratchDatabase(prefix: "smartbi_state") : nil
        store = try postgres.map { try SQLStateStore(postgresURL: $0.url) } ?? SQLStateStore(path: path)
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
