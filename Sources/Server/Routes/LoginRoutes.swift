import Foundation
import Hummingbird
import Prometheus
import State

/// `/login` (password), `/logout`, and sign-out everywhere.
struct LoginRoutes {
    let core: ServerCore

    func add(to router: Router<AppRequestContext>) {
        router.get("/login") { request, context in try showLogin(request, context: context) }
        router.post("/login") { request, context in try await submitLogin(request, context: context) }
        router.get("/logout") { request, context in try signOut(request, context: context) }
        router.post("/logout") { request, context in try await signOutWithForm(request, context: context) }
        router.post("/logout/everywhere") { request, context in try await signOutEverywhere(request, context: context) }
    }

    func showLogin(_ request: Request, context: AppRequestContext, error: String? = nil,
                   status: HTTPResponse.Status = .ok, next: String? = nil) throws -> Response {
        if context.signedInUser != nil { return ServerCore.redirect(to: next ?? request.uri.queryParameters["next"].map(String.init)) }
        let existing = request.cookies[core.loginCookieName]?.value
        let loginCookie = existing.flatMap { $0.count == 43 ? $0 : nil } ?? SecureToken.random()
        let target = ServerCore.safeLocalPath(next ?? request.uri.queryParameters["next"].map(String.init))
        let body = """
            \(HTML.message(error))
            <form method="post" action="/login">
            \(HTML.csrfField(core.loginCSRF(for: loginCookie)))\(HTML.hidden("next", target))
            <label for="username">User name</label>
            <input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" required autofocus>
            <label for="password">Password</label>
            <input type="password" id="password" name="password" autocomplete="current-password" required>
            <button>Sign in</button>
            </form>
            <p class="muted">After your password you confirm with a code from your authenticator app or your email.
            Five wrong tries lock the account until an administrator unlocks it.</p>
            """
        var response = core.page("Sign in", body, context: context, status: status)
        if existing != loginCookie { response.setCookie(core.cookie(core.loginCookieName, loginCookie)) }
        return response
    }

    func submitLogin(_ request: Request, context: AppRequestContext) async throws -> Response {
        try core.requireAttemptAllowed(context: context, path: "/login")
        let form = try await Form.read(request, context: context)
        let loginCookie = request.cookies[core.loginCookieName]?.value
        try core.requireCSRF(form, context: context, expected: loginCookie.map(core.loginCSRF(for:)), path: "/login")
        guard let name = form["username"], let password = form["password"], !name.isEmpty, name.count <= 64,
              !password.isEmpty, password.utf8.count <= 1024 else {
            return try showLogin(request, context: context, error: "Enter your user name and password.", status: .badRequest, next: form["next"])
        }
        switch try await core.accounts.checkPassword(name: name, password: password, ip: context.clientAddress) {
        case .rejected, .locked:
            core.metrics.signInFailures.increment()
            return try showLogin(request, context: context, error: "Wrong user name or password, or the account is locked.",
                                 status: .unauthorized, next: form["next"])
        case .accepted(let user):
            if let device = request.cookies[core.deviceCookieName]?.value, try core.accounts.isTrustedDevice(device, for: user) {
                return try SecondFactorRoutes(core: core).completeSignIn(user, method: "password and trusted device",
                                                                         replacing: context.sessionToken, next: form["next"], context: context)
            }
            if let old = context.sessionToken { try core.accounts.endSession(token: old); core.sessions.remove(token: old) }
            let (token, session) = try core.accounts.startSession(userID: user.id, stage: .secondFactor)
            let second = SecondFactorRoutes(core: core)
            let target = SecondFactorRoutes.encode(ServerCore.safeLocalPath(form["next"]))
            var response: Response
            if user.hasTOTP {
                response = Response.redirect(to: "/login/verify?next=" + target, type: .normal)
            } else if user.email != nil {
                var pending = context
                pending.attach(token: token, session: session, user: user)
                if let problem = await second.sendEmailCode(to: user, context: pending) {
                    response = try second.showVerify(request, context: pending, error: problem, next: form["next"])
                } else {
                    response = Response.redirect(to: "/login/verify?next=" + target, type: .normal)
                }
            } else {
                response = Response.redirect(to: "/login/enrol?next=" + target, type: .normal)
            }
            response.setCookie(core.cookie(core.sessionCookieName, token))
            response.setCookie(core.expiredCookie(core.loginCookieName))
            return response
        }
    }

    /// `GET /logout`: the session cookie is SameSite=Strict, so another site cannot trigger this.
    func signOut(_ request: Request, context: AppRequestContext) throws -> Response {
        if let token = context.sessionToken {
            try core.accounts.endSession(token: token)
            core.sessions.remove(token: token)
            core.audit(.signOut, actor: context.user?.name, target: context.user?.name, context: context)
        }
        var response = Response.redirect(to: "/login", type: .normal)
        response.setCookie(core.expiredCookie(core.sessionCookieName))
        return response
    }

    func signOutWithForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await Form.read(request, context: context)
        try core.requireCSRF(form, context: context, expected: context.session?.csrfToken, path: "/logout")
        return try signOut(request, context: context)
    }

    func signOutEverywhere(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let user = context.signedInUser else { return Response.redirect(to: "/login", type: .normal) }
        let form = try await Form.read(request, context: context)
        try core.requireCSRF(form, context: context, expected: context.session?.csrfToken, path: "/logout/everywhere")
        try core.accounts.endAllSessions(of: user, ip: context.clientAddress)
        core.sessions.remove(userID: user.id)
        var response = Response.redirect(to: "/login", type: .normal)
        response.setCookie(core.expiredCookie(core.sessionCookieName))
        return response
    }
}
