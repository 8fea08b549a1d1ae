import Foundation
import HTTPTypes
import Server
import State
import Testing
import TestSupport

@Suite struct SignInTests {
    @Test func passwordThenAuthenticatorSignsInAndSignOutEndsIt() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            #expect(try await browser.get("/sales.html").location == "/login?next=/sales.html")
            let login = try await browser.get("/login?next=/sales.html")
            #expect(login.status == .ok && login.body.contains("name=\"password\""))
            let password = try await browser.post("/login", [("csrf", login.csrf!), ("next", "/sales.html"), ("username", "vic"), ("password", PreviewFixture.password)])
            #expect(password.status == .seeOther && password.location == "/login/verify?next=/sales.html")
            #expect(try await browser.get("/sales.html").location == "/login?next=/sales.html", "the password alone is not enough")
            let verified = try await browser.submitCode(fixture.code("vic"), form: password.location!)
            #expect(verified.status == .seeOther && verified.location == "/sales.html")
            let cookie = try #require(verified.headers[values: .setCookie].first { $0.hasPrefix("bi_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/") && !cookie.contains("Max-Age"))
            let page = try await browser.get("/sales.html")
            #expect(page.status == .ok && page.body.contains("South made <span class=\"bi-value\">$152.00</span>."))
            let account = try await browser.get("/account")
            let signOut = try await browser.post("/logout", [("csrf", account.csrf ?? "")])
            #expect(signOut.location == "/login")
            #expect(try await browser.get("/sales.html").location == "/login?next=/sales.html")
        }
        #expect(try fixture.actions() == [.signIn, .reportViewed, .signOut])
        #expect(try fixture.events(.signIn).first?.detail == "password and authenticator")
    }

    @Test func getLogoutAlsoEndsTheSession() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            try await browser.signIn("vic", code: fixture.code("vic"))
            #expect(try await browser.get("/logout").location == "/login")
            #expect(try await browser.get("/").location == "/login")
        }
    }

    @Test func theSessionIsRotatedAtEveryStepAndAPlantedCookieIsIgnored() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            browser.setCookie("bi_session", "planted-by-an-attacker-0000000000000000000000")
            try await browser.submitPassword("vic", PreviewFixture.password)
            let pending = try #require(browser.cookies["bi_session"])
            #expect(pending != "planted-by-an-attacker-0000000000000000000000")
            try await browser.submitCode(fixture.code("vic"))
            let signedIn = try #require(browser.cookies["bi_session"])
            #expect(signedIn != pending)
            #expect(try fixture.accounts.session(token: pending) == nil, "the pending session is gone")
            #expect(try fixture.accounts.session(token: signedIn)?.stage == .signedIn)
        }
    }

    @Test func aTrustedDeviceSkipsTheSecondFactorForThatUserOnly() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            try await browser.submitPassword("vic", PreviewFixture.password)
            try await browser.submitCode(fixture.code("vic"), trust: true)
            let device = try #require(browser.cookies["bi_device"])
            try await browser.get("/logout")
            #expect(try await browser.submitPassword("vic", PreviewFixture.password).location == "/")
            #expect(try await browser.get("/sales.html").status == .ok)
            try await browser.get("/logout")
            #expect(try await browser.submitPassword("fin", PreviewFixture.password).location == "/login/verify?next=/",
                    "the device is trusted for vic, not for fin")
            #expect(browser.cookies["bi_device"] == device)
        }
        #expect(try fixture.events(.signIn).map { $0.detail ?? "" } == ["password and trusted device", "password and authenticator"])
    }

    @Test func anEmailedCodeSignsInAUserWithoutAnAuthenticator() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.accounts.addUser(name: "emma", role: .viewer, email: "emma@example.com", password: PreviewFixture.password, actor: "test")
        try await fixture.browse { browser in
            #expect(try await browser.submitPassword("emma", PreviewFixture.password).location == "/login/verify?next=/")
            let sent = try #require(fixture.delivery.last)
            #expect(sent.address == "emma@example.com" && sent.code.count == 6)
            #expect(try await browser.submitCode(sent.code).location == "/")
            #expect(try await browser.get("/sales.html").status == .ok)
        }
        #expect(try fixture.actions() == [.emailCodeSent, .signIn, .reportViewed])
    }

    @Test func aUserWithoutASecondFactorEnrolsAnAuthenticatorAtFirstSignIn() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.accounts.addUser(name: "newbie", role: .viewer, password: PreviewFixture.password, actor: "test")
        try await fixture.browse { browser in
            #expect(try await browser.submitPassword("newbie", PreviewFixture.password).location == "/login/enrol?next=/")
            let enrol = try await browser.get("/login/enrol?next=/")
            #expect(enrol.body.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\""))
            let secret = try #require(enrol.hidden("secret"))
            let tampered = try await browser.post("/login/enrol", [("csrf", enrol.csrf!), ("secret", "AttackerChosenSecret"),
                                                                  ("signature", enrol.hidden("signature")!), ("code", "000000")])
            #expect(tampered.status == .badRequest)
            let done = try await browser.post("/login/enrol", [("csrf", enrol.csrf!), ("secret", secret), ("signature", enrol.hidden("signature")!),
                                                              ("next", "/"), ("code", TOTPSecret(value: secret).code(at: fixture.clock.now))])
            #expect(done.status == .ok && done.body.contains("<ul class=\"codes\">"))
            #expect(try await browser.get("/sales.html").status == .ok)
        }
        #expect(try fixture.accounts.store.user(named: "newbie")?.hasTOTP == true)
    }

    @Test func pagesCarryTheSecurityHeaders() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            for page in [try await browser.get("/login"), try await browser.get("/nope")] {
                #expect(page.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
                #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'self';") == true)
                #expect(page.headers[.xContentTypeOptions] == "nosniff")
                #expect(page.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
                #expect(page.headers[.cacheControl] == "no-store")
            }
        }
    }

    @Test func healthAndMetricsAnswerWithoutSignIn() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            let health = try await browser.get("/healthz")
            #expect(health.status == .ok && health.body == "ok\n")
            let metrics = try await browser.get("/metrics")
            #expect(metrics.status == .ok && metrics.body.contains("bi_builds_total 1"))
        }
    }
}
