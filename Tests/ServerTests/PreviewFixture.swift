import BICore
import Foundation
import Hummingbird
import HummingbirdTesting
import Pipeline
@testable import Server
import State
import TestSupport

/// A project with three reports (open, finance-only, draft) over the fixture shop database,
/// a state database with four users, and a preview server built from them.
final class PreviewFixture: Sendable {
    let folder: TemporaryDirectory
    let clock = TestClock(Date())
    let accounts: Accounts
    let server: PreviewServer
    let delivery = CapturedCodes()
    static let password = "plum-orchard-velvet-42"
    /// Authenticator secrets by user name.
    static let secrets = ["ada": "AdaSecretAdaSecret12", "vic": "VicSecretVicSecret12", "fin": "FinSecretFinSecret12",
                          "eddie": "EddieSecretEddie1234"]

    static let salesReport = """
        ---
        title: Sales
        ---
        # Sales

        ```sql by_region
        select c.region, sum(o.quantity * p.price) as revenue
        from orders o join customers c on c.id = o.customer_id join products p on p.id = o.product_id
        where o.status = 'completed' group by c.region order by c.region
        ```

        South made <Value data=by_region column=revenue row=last fmt=usd />.
        """

    /// A report only the finance group reads, with a table whose downloads are as private as the page.
    static let budgetReport = """
        ---
        title: Budget
        access: [finance]
        ---
        # Budget

        Secret budget numbers.

        ```sql orders_by_region
        select c.region, count(*) as orders from orders o join customers c on c.id = o.customer_id
        group by c.region order by c.region
        ```

        <DataTable data=orders_by_region />
        """

    /// - Parameters:
    ///   - moreSources: `bi.yml` lines of further sources, after `shop` (the reports' default);
    ///   - prepare: writes what those sources need into the project folder;
    ///   - asOf: the day relative periods count from.
    init(policy: AccountPolicy = AccountPolicy(), moreSources: String = "", asOf: Day? = nil,
         prepare: (TemporaryDirectory) throws -> Void = { _ in }) async throws {
        folder = try TemporaryDirectory("smartbi-serve")
        try FixtureDatabase.create(at: folder.path("shop.db"))
        try prepare(folder)
        try folder.write("title: Test shop\ndefault_source: shop\nsources:\n  shop:\n    url: sqlite:shop.db\n" + moreSources, to: "bi.yml")
        try folder.write(PreviewFixture.salesReport, to: "reports/sales.md")
        try folder.write(PreviewFixture.budgetReport, to: "reports/budget.md")
        try folder.write("---\ntitle: Plans\ndraft: true\n---\n# Plans\n\nNot ready yet.\n", to: "reports/plans.md")
        let clock = self.clock
        accounts = Accounts(store: try SQLStateStore(path: folder.path(".bi/state.sqlite")), policy: policy,
                            passwords: PasswordPolicy(cost: 4), clock: { clock.now })
        for (name, role, groups) in [("ada", Role.admin, [String]()), ("vic", .viewer, []), ("fin", .viewer, ["finance"]), ("eddie", .editor, [])] {
            let user = try await accounts.addUser(name: name, role: role, groups: groups, password: PreviewFixture.password, actor: "test")
            _ = try accounts.enrolTOTP(userID: user.id, secret: PreviewFixture.secrets[name]!, actor: "test")
        }
        let project = try Project.load(directory: folder.path)
        var options = BuildOptions()
        options.asOf = asOf
        server = try PreviewServer(configuration: ServerConfiguration(project: project, accounts: accounts, codeDelivery: delivery,
                                                                      buildOptions: options))
        let diagnostics = await server.buildSite()
        precondition(diagnostics.isEmpty, "\(diagnostics)")
    }

    /// The current authenticator code of `user`.
    func code(_ user: String) -> String { TOTPSecret(value: PreviewFixture.secrets[user]!).code(at: clock.now) }

    /// Audit actions, oldest first, after the set-up.
    func actions() throws -> [AuditEvent.Action] {
        try accounts.store.auditEvents(limit: 1000, before: nil).reversed().map(\.action).filter { $0 != .userAdded && $0 != .twoFactorEnrolled }
    }

    func events(_ action: AuditEvent.Action) throws -> [AuditEvent] {
        try accounts.store.auditEvents(limit: 1000, before: nil).filter { $0.action == action }
    }

    /// Runs `body` with a browser on the in-process router.
    func browse<T: Sendable>(_ body: @Sendable (Browser) async throws -> T) async throws -> T {
        try await server.makeApplication().test(.router) { client in try await body(Browser(client: client)) }
    }
}

/// Emailed codes, kept instead of sent.
final class CapturedCodes: CodeDelivery, @unchecked Sendable {
    private let lock = NSLock()
    private var sent: [(address: String, code: String)] = []

    func send(code: String, to address: String, userName: String, siteTitle: String) async throws {
        lock.withLock { sent.append((address, code)) }
    }

    var last: (address: String, code: String)? { lock.withLock { sent.last } }
}
