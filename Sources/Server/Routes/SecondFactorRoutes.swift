import Foundation
import Hummingbird
import Prometheus
import State

/// `/login/verify` (the second factor: authenticator code, recovery code or emailed code),
/// `/login/resend` and `/login/enrol` (first authenticator set-up), and the final step of signing in.
struct SecondFactorRoutes {
    let core: ServerCore

    func add(to router: Router<AppRequestContext>) {
        router.get("/login/verify") { request, context in try showVerify(request, context: context) }
        router.post("/login/verify") { request, context in try await submitVerify(request, context: context) }
        router.post("/login/resend") { request, context in try await resend(request, context: context) }
        router.get("/login/enrol") { request, context in try EnrolmentPage(core: core).show(request, context: context, pending: true) }
        router.post("/login/enrol") { request, context in try await EnrolmentPage(core: core).submit(request, context: context, pending: true) }
    }

    /// The pending session and its user, or nil (then the caller sends the browser to `/login`).
    static func pending(_ context: AppRequestContext) -> (SessionRecord, User)? {
        guard let session = context.session, session.stage == .secondFactor, let user = context.user else { return nil }
        return (session, user)
    }

    func showVerify(_ request: Request, context: AppRequestContext, error: String? = nil, status: HTTPResponse.Status = .ok,
                    next: String? = nil) throws -> Response {
        guard let (session, user) = SecondFactorRoutes.pending(context) else { return Response.redirect(to: "/login", type: .normal) }
        let target = ServerCore.safeLocalPath(next ?? request.uri.queryParameters["next"].map(String.init))
        if !user.hasTOTP, user.email == nil { return Response.redirect(to: "/login/enrol?next=" + SecondFactorRoutes.encode(target), type: .normal) }
        let how = user.hasTOTP ? "Enter the 6-digit code from your authenticator app, or one of your recovery codes."
                               : "We emailed you a 6-digit code. It works once, for 10 minutes."
        var body = """
            \(HTML.message(error))
            <p>\(how)</p>
            <form method="post" action="/login/verify">
            \(HTML.csrfField(session.csrfToken))\(HTML.hidden("next", target))
            <label for="code">Code</label>
            <input type="text" id="code" name="code" inputmode="\(user.hasTOTP ? "text" : "numeric")" autocomplete="one-time-code" required autofocus>
            <label class="check"><input type="checkbox" name="trust" value="1"> Trust this device for 30 days</label>
            <button>Verify</button>
            </form>
            """
        if !user.hasTOTP {
            body += "<form method=\"post\" action=\"/login/resend\">\(HTML.csrfField(session.csrfToken))\(HTML.hidden("next", target))"
                + "<button class=\"link\">Email me a new code</button></form>"
        }
        return core.page("Confirm it is you", body, context: context, status: status)
    }

    func submitVerify(_ request: Request, context: AppRequestContext) async throws -> Response {
        try core.requireAttemptAllowed(context: context, path: "/login/verify")
        let form = try await Form.read(request, context: context)
        guard let (session, user) = SecondFactorRoutes.pending(context) else { return Response.redirect(to: "/login", type: .normal) }
        try core.requireCSRF(form, context: context, expected: session.csrfToken, path: "/login/verify")
        let code = form["code"] ?? ""
        let method: String?
        if user.hasTOTP {
            method = try checkAuthenticator(code, user: user, context: context)
        } else {
            switch try core.accounts.checkEmailCode(code.filter(\.isNumber), for: user) {
            case .accepted: method = "password and emailed code"
            case .locked:
                core.audit(.secondFactorFailed, target: user.name, context: context, detail: "emailed code locked")
                return try showVerify(request, context: context, error: "Too many wrong codes: wait 15 minutes, then ask for a new code.",
                                      status: .tooManyRequests, next: form["next"])
            case .expired:
                return try showVerify(request, context: context, error: "That code has expired. Ask for a new one.",
                                      status: .unauthorized, next: form["next"])
            case .wrong: method = nil
            }
        }
        guard let method else {
            core.metrics.signInFailures.increment()
            if try core.accounts.recordFailure(user, ip: context.clientAddress, action: .secondFactorFailed, detail: "wrong code") {
                try core.accounts.endSession(token: context.sessionToken ?? "")
                var response = try LoginRoutes(core: core).showLogin(request, context: AppRequestContext.signedOut(context),
                                                                    error: "Wrong user name or password, or the account is locked.", status: .unauthorized)
                response.setCookie(core.expiredCookie(core.sessionCookieName))
                return response
            }
            return try showVerify(request, context: context, error: "That code is not right.", status: .unauthorized, next: form["next"])
        }
        var response = try completeSignIn(user, method: method, replacing: context.sessionToken, next: form["next"], context: context)
        if form["trust"] == "1" {
            let device = try core.accounts.trustDevice(of: user, ip: context.clientAddress)
            response.setCookie(core.cookie(core.deviceCookieName, device, maxAge: Int(core.accounts.policy.deviceTrust)))
        }
        return response
    }

    /// Checks an authenticator code (each time step once: replays fail) or a recovery code.
    func checkAuthenticator(_ code: String, user: User, context: AppRequestContext) throws -> String? {
        guard let stored = try core.accounts.store.totpSecret(userID: user.id) else { return nil }
        if let step = TOTPSecret(value: stored).step(matching: code, at: core.accounts.now) {
            guard try core.accounts.store.claimTOTPStep(userID: user.id, step: step) else {
                core.audit(.secondFactorFailed, target: user.name, context: context, detail: "authenticator code replayed")
                return nil
            }
            return "password and authenticator"
        }
        return try core.accounts.useRecoveryCode(code, for: user, ip: context.clientAddress) ? "password and recovery code" : nil
    }

    func resend(_ request: Request, context: AppRequestContext) async throws -> Response {
        try core.requireAttemptAllowed(context: context, path: "/login/resend")
        let form = try await Form.read(request, context: context)
        guard let (session, user) = SecondFactorRoutes.pending(context) else { return Response.redirect(to: "/login", type: .normal) }
        try core.requireCSRF(form, context: context, expected: session.csrfToken, path: "/login/resend")
        let error = await sendEmailCode(to: user, context: context)
        return try showVerify(request, context: context, error: error, next: form["next"])
    }

    /// Emails a fresh code; returns a message for the page when that was not possible.
    func sendEmailCode(to user: User, context: AppRequestContext) async -> String? {
        guard let email = user.email else { return nil }
        guard let delivery = core.configuration.codeDelivery else {
            core.audit(.secondFactorFailed, target: user.name, context: context, detail: "no smtp: settings to email a code")
            return "This server cannot send email. Ask your administrator to set up an authenticator for you."
        }
        do {
            guard let code = try core.accounts.issueEmailCode(for: user, ip: context.clientAddress) else {
                return "Too many wrong codes: wait 15 minutes, then ask for a new code."
            }
            try await delivery.send(code: code, to: email, userName: user.name, siteTitle: core.siteTitle)
            return nil
        } catch {
            core.audit(.secondFactorFailed, target: user.name, context: context, detail: "the code could not be emailed")
            return "The code could not be emailed. Try again in a minute."
        }
    }

    /// Replaces the pending session with a new signed-in one (a new token: no fixation) and goes on.
    func completeSignIn(_ user: User, method: String, replacing old: String?, next: String?, context: AppRequestContext) throws -> Response {
        if let old { try core.accounts.endSession(token: old); core.sessions.remove(token: old) }
        let (token, _) = try core.accounts.startSession(userID: user.id, stage: .signedIn)
        try core.accounts.recordSignIn(user, ip: context.clientAddress, method: method)
        core.metrics.signIns.increment()
        var response = ServerCore.redirect(to: next)
        response.setCookie(core.cookie(core.sessionCookieName, token))
        response.setCookie(core.expiredCookie(core.loginCookieName))
        return response
    }

    static func encode(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "/._-"))) ?? "/"
    }
}

extension AppRequestContext {
    /// The same request as seen by someone not signed in.
    static func signedOut(_ context: AppRequestContext) -> AppRequestContext {
        var copy = context
        copy.session = nil
        copy.user = nil
        copy.sessionToken = nil
        return copy
    }
}
