import BICore
import Foundation
import Hummingbird
import State

/// `/account`: two-step sign-in status, authenticator set-up, trusted devices, sign out everywhere.
struct AccountRoutes {
    let core: ServerCore

    func add(to router: Router<AppRequestContext>) {
        router.get("/account") { request, context in try show(request, context: context) }
        router.get("/account/totp") { request, context in try EnrolmentPage(core: core).show(request, context: context, pending: false, next: "/account") }
        router.post("/account/totp") { request, context in try await EnrolmentPage(core: core).submit(request, context: context, pending: false) }
        router.post("/account/devices/forget") { request, context in try await forgetDevices(request, context: context) }
    }

    func show(_ request: Request, context: AppRequestContext, notice: String? = nil) throws -> Response {
        guard let user = context.signedInUser else { return SiteRoutes.loginRedirect(request) }
        let csrf = context.session?.csrfToken
        let factor = user.hasTOTP
            ? "an authenticator app (\(try core.accounts.store.remainingRecoveryCodes(userID: user.id)) recovery codes left)"
            : (user.email.map { "a code emailed to \($0)" } ?? "not set up")
        let body = """
            \(HTML.message(notice, kind: "status"))
            <p>Signed in as <strong>\(user.name.xmlEscaped)</strong>, role <strong>\(user.role.rawValue)</strong>\(user.groups.isEmpty ? "" : ", groups \(user.groups.joined(separator: ", ").xmlEscaped)").</p>
            <p>Second factor: \(factor.xmlEscaped).</p>
            <p><a href="/account/totp">\(user.hasTOTP ? "Move to a new authenticator app" : "Set up an authenticator app")</a></p>
            <p>\(HTML.button("Forget my trusted devices", action: "/account/devices/forget", csrf: csrf))</p>
            <p>\(HTML.button("Sign out everywhere", action: "/logout/everywhere", csrf: csrf, danger: true))</p>
            """
        return core.page("Your account", body, context: context)
    }

    func forgetDevices(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let user = context.signedInUser else { return SiteRoutes.loginRedirect(request) }
        let form = try await Form.read(request, context: context)
        try core.requireCSRF(form, context: context, expected: context.session?.csrfToken, path: "/account/devices/forget")
        try core.accounts.forgetDevices(of: user, actor: user.name, ip: context.clientAddress)
        var response = try show(request, context: context, notice: "Your trusted devices were forgotten: every device asks for a code again.")
        response.setCookie(core.expiredCookie(core.deviceCookieName))
        return response
    }
}
