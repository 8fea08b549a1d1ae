import Foundation
import HTTPTypes
import Hummingbird
import Server
import State
import Testing

/// Each attack fails, and each is in the audit log.
@Suite struct AttackTests {
    @Test func passwordBruteForceLocksTheAccountAfterFive() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            for _ in 0..<5 { #expect(try await browser.submitPassword("vic", "wrong-guess-123456").status == .unauthorized) }
            let right = try await browser.submitPassword("vic", PreviewFixture.password)
            #expect(right.status == .unauthorized && right.body.contains("Wrong user name or password, or the account is locked."))
        }
        #expect(try fixture.actions() == Array(repeating: .signInFailed, count: 5) + [.accountLocked, .signInFailed])
        #expect(try fixture.accounts.store.user(named: "vic")?.isLocked == true)
    }

    @Test func attemptsFromOneAddressAreRateLimited() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            var statuses: [HTTPResponse.Status] = []
            for user in ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "u10", "u11"] {
                statuses.append(try await browser.submitPassword(user, "guess-guess-guess").status)
            }
            #expect(statuses == Array(repeating: .unauthorized, count: 10) + [.tooManyRequests])
        }
        #expect(try fixture.events(.rateLimited).map { $0.ip ?? "" } == ["local"])
    }

    @Test func guessedSecondFactorCodesCountTowardTheLock() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            try await browser.submitPassword("vic", PreviewFixture.password)
            let wrong = fixture.code("vic") == "123456" ? "654321" : "123456"
            for _ in 0..<4 { #expect(try await browser.submitCode(wrong).status == .unauthorized) }
            let last = try await browser.submitCode(wrong)
            #expect(last.status == .unauthorized && last.body.contains("name=\"username\""), "back to the sign-in form")
        }
        #expect(try fixture.accounts.store.user(named: "vic")?.isLocked == true)
        #expect(try fixture.events(.secondFactorFailed).count == 5)
        #expect(try fixture.events(.accountLocked).count == 1)
    }

    @Test func anAuthenticatorCodeCannotBeReplayed() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            let code = fixture.code("vic")
            #expect(try await browser.signIn("vic", code: code).location == "/")
            try await browser.get("/logout")
            try await browser.submitPassword("vic", PreviewFixture.password)
            #expect(try await browser.submitCode(code).status == .unauthorized)
        }
        #expect(try fixture.events(.secondFactorFailed).map { $0.detail ?? "" }.contains("authenticator code replayed"))
    }

    @Test func formsWithoutTheRightCSRFTokenAreRefused() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            _ = try await browser.get("/login")
            #expect(try await browser.post("/login", [("username", "vic"), ("password", PreviewFixture.password)]).status == .forbidden)
            try await browser.signIn("ada", code: fixture.code("ada"))
            #expect(try await browser.post("/logout/everywhere", [("csrf", "forged")]).status == .forbidden)
            #expect(try await browser.post("/admin/users", [("name", "mallory"), ("role", "admin"), ("password", "x")]).status == .forbidden)
            #expect(try await browser.get("/sales.html").status == .ok, "still signed in")
        }
        #expect(try fixture.events(.csrfRejected).map { $0.target ?? "" } == ["/admin/users", "/logout/everywhere", "/login"])
        #expect(try fixture.accounts.store.user(named: "mallory") == nil)
    }

    @Test(arguments: [
        "/../bi.yml", "/%2e%2e/bi.yml", "/%2E%2E%2Fbi.yml", "/..%2fbi.yml", "/assets/..%2f..%2fbi.yml", "/%252e%252e/bi.yml",
        "/..%5cbi.yml", "/%5c..%5cbi.yml", "/index.html%00.css", "/%00", "/./index.html", "//etc/passwd", "/%c0%ae%c0%ae/bi.yml",
        "/assets/%2e%2e/%2e%2e/shop.db",
    ])
    func pathTraversalNeverLeavesTheSite(_ path: String) async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            try await browser.signIn("ada", code: fixture.code("ada"))
            let page = try await browser.get(path)
            #expect(page.status == .notFound || page.status == .badRequest)
            #expect(!page.body.contains("sqlite:") && !page.body.contains("SQLite format"))
        }
        #expect(try fixture.events(.badRequest).first?.target == path)
    }

    @Test func aViewerCannotReachAdminPagesOrReportsOutsideTheirRoles() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            try await browser.signIn("vic", code: fixture.code("vic"))
            #expect(try await browser.get("/admin/users").status == .notFound)
            #expect(try await browser.get("/admin/audit").status == .notFound)
            #expect(try await browser.get("/budget.html").status == .notFound)
            #expect(try await browser.get("/plans.html").status == .notFound)
            let home = try await browser.get("/")
            #expect(home.body.contains("sales.html") && !home.body.contains("budget.html") && !home.body.contains("plans.html"))
            #expect(!home.body.contains("Budget") && !home.body.contains("Plans"))
        }
        #expect(try fixture.events(.accessDenied).map { $0.target ?? "" }.sorted() == ["/admin/audit", "/admin/users", "/budget.html", "/plans.html"])
    }

    @Test func searchAndDownloadsAreAsPrivateAsTheirReport() async throws {
        let fixture = try await PreviewFixture()
        let download = try await fixture.browse { browser in
            try await browser.signIn("fin", code: fixture.code("fin"))
            let page = try await browser.get("/budget.html")
            let link = try #require(page.body.firstMatch(of: /href="(downloads\/[^"]+\.csv)"/)?.1)
            #expect(try await browser.get("/" + link).status == .ok)
            #expect(try await browser.get("/search-index.json").body.contains("Secret budget numbers"))
            return String(link)
        }
        try await fixture.browse { browser in
            try await browser.signIn("vic", code: fixture.code("vic"))
            #expect(try await browser.get("/" + download).status == .notFound)
            let index = try await browser.get("/search-index.json")
            #expect(index.status == .ok && index.body.contains("sales.html"))
            #expect(!index.body.contains("Secret budget") && !index.body.contains("budget.html") && !index.body.contains("plans.html"))
        }
        #expect(try fixture.events(.accessDenied).map { $0.target ?? "" } == ["/" + download])
    }

    @Test func groupsOpenReportsAndEditorsSeeDrafts() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            try await browser.signIn("fin", code: fixture.code("fin"))
            #expect(try await browser.get("/budget.html").body.contains("Secret budget numbers."))
            #expect(try await browser.get("/plans.html").status == .notFound)
            try await browser.get("/logout")
            try await browser.signIn("eddie", code: fixture.code("eddie"))
            #expect(try await browser.get("/plans.html").status == .ok)
            #expect(try await browser.get("/admin/users").status == .notFound)
        }
    }

    @Test func oversizedAndMalformedRequestsAreRefused() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            let login = try await browser.get("/login")
            let huge = String(repeating: "a", count: 100_000)
            #expect(try await browser.post("/login", [("csrf", login.csrf!), ("username", "vic"), ("password", huge)]).status == .contentTooLarge)
            #expect(try await browser.send("/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                           body: ByteBuffer(string: "username=%zz&password=%")).status == .badRequest)
            #expect(try await browser.post("/login", [("username", "vic")], headers: [.contentType: "application/json"]).status == .badRequest)
            #expect(try await browser.send("/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                           body: ByteBuffer(string: "username=a&username=b")).status == .badRequest)
        }
        #expect(try fixture.events(.badRequest).map { $0.detail ?? "" }.sorted() == ["malformed request", "malformed request", "malformed request", "request body too large"])
    }

    @Test func errorsNeverShowInternals() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            let page = try await browser.send("/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                              body: ByteBuffer(string: "a=%"))
            #expect(page.body.contains("The request was not understood."))
            #expect(!page.body.contains("Error") && !page.body.contains(".swift"))
        }
    }
}
