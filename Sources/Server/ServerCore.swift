import BICore
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Pipeline
import State

/// Everything the routes share: the configuration, accounts, the current site and live events.
final class ServerCore: Sendable {
    let configuration: ServerConfiguration
    let accounts: Accounts
    let builder: SiteBuilder
    let events: LiveEvents
    let metrics: ServerMetrics
    let view = SiteView()
    let sessions = SessionCache()
    let views = ViewDeduplicator()
    let ask: AskService
    let signingKey: [UInt8]

    init(configuration: ServerConfiguration, metrics: ServerMetrics) throws {
        self.configuration = configuration
        accounts = configuration.accounts
        self.metrics = metrics
        events = LiveEvents()
        builder = SiteBuilder(project: configuration.project, options: configuration.buildOptions, events: events, metrics: metrics)
        signingKey = try configuration.accounts.store.signingKey()
        let accounts = configuration.accounts
        let asOf = configuration.buildOptions.asOf
        ask = AskService(project: configuration.project) { asOf ?? Day(dayNumber: Int((accounts.now.timeIntervalSince1970 / 86_400).rounded(.down))) }
    }

    var siteTitle: String { configuration.project.config.title }

    // MARK: - Cookies

    /// `__Host-` cookies are bound to this exact host and path and need `Secure`.
    var sessionCookieName: String { configuration.secureCookies ? "__Host-bi_session" : "bi_session" }
    var loginCookieName: String { configuration.secureCookies ? "__Host-bi_login" : "bi_login" }
    var deviceCookieName: String { configuration.secureCookies ? "__Host-bi_device" : "bi_device" }

    /// HttpOnly, SameSite=Strict, path `/`, `Secure` behind TLS; a session cookie unless `maxAge` is given.
    func cookie(_ name: String, _ value: String, maxAge: Int? = nil) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: configuration.secureCookies, httpOnly: true, sameSite: .strict)
    }

    func expiredCookie(_ name: String) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: configuration.secureCookies, httpOnly: true, sameSite: .strict)
    }

    /// The CSRF token of the sign-in form, bound to the pre-session `bi_login` cookie.
    func loginCSRF(for loginCookie: String) -> String { SecureToken.sign("login|" + loginCookie, key: signingKey) }

    /// A signature binding an enrolment secret to a session, so the form cannot swap it.
    func enrolmentSignature(secret: String, session: SessionRecord) -> String {
        SecureToken.sign("enrol|\(session.idHash)|\(secret)", key: signingKey)
    }

    // MARK: - Pages

    /// - Parameters:
    ///   - wide: a panel as wide as a report page, for charts and tables;
    ///   - scripts: paths of scripts under `/_bi/` that enhance the page.
    func page(_ title: String, _ body: String, context: AppRequestContext, status: HTTPResponse.Status = .ok,
              wide: Bool = false, scripts: [String] = []) -> Response {
        let user = context.signedInUser
        let page = ServerPage(title: title, siteTitle: siteTitle, body: body, userName: user?.name,
                              isAdmin: user?.role == .admin, csrf: context.session?.csrfToken, wide: wide, scripts: scripts)
        return ServerCore.html(page.html, status: status)
    }

    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// A redirect to a local path only: anything else goes home (no open redirects).
    static func redirect(to target: String?) -> Response {
        Response.redirect(to: safeLocalPath(target), type: .normal)
    }

    static func safeLocalPath(_ target: String?) -> String {
        guard let target, target.hasPrefix("/"), !target.hasPrefix("//"), !target.contains("\\"),
              !target.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return "/" }
        return target
    }

    func audit(_ action: AuditEvent.Action, actor: String? = nil, target: String? = nil, context: AppRequestContext, detail: String? = nil) {
        try? accounts.audit(action, actor: actor ?? context.signedInUser?.name, target: target, ip: context.clientAddress, detail: detail)
    }
}
