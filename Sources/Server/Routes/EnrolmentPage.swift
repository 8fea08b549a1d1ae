import BICore
import Foundation
import HTTPTypes
import Hummingbird
import State

/// Setting up an authenticator app: at first sign-in (`/login/enrol`, the password already checked)
/// and from the account page (`/account/totp`). The QR code is drawn on the server as inline SVG;
/// the secret is also shown for typing in. The secret travels in the form, signed to the session.
struct EnrolmentPage {
    let core: ServerCore

    func show(_ request: Request, context: AppRequestContext, pending: Bool, secret: TOTPSecret = .generate(),
              error: String? = nil, status: HTTPResponse.Status = .ok, next: String? = nil) throws -> Response {
        guard let (session, user) = EnrolmentPage.subject(context, pending: pending) else { return Response.redirect(to: "/login", type: .normal) }
        let uri = secret.uri(user: user.name, issuer: core.siteTitle)
        let qr = (try? QRCode(encoding: uri).svg(moduleSize: 5)) ?? ""
        let target = ServerCore.safeLocalPath(next ?? request.uri.queryParameters["next"].map(String.init))
        let body = """
            \(HTML.message(error))
            <p>Scan this code with an authenticator app (such as Google Authenticator, Microsoft Authenticator or 1Password),
            then enter the 6-digit code it shows.</p>
            \(qr)
            <p class="muted">Cannot scan? Enter this key: <span class="secret">\(secret.manualEntry)</span></p>
            <form method="post" action="\(pending ? "/login/enrol" : "/account/totp")">
            \(HTML.csrfField(session.csrfToken))\(HTML.hidden("secret", secret.value))
            \(HTML.hidden("signature", core.enrolmentSignature(secret: secret.value, session: session)))\(HTML.hidden("next", target))
            <label for="code">Code from the app</label>
            <input type="text" id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required autofocus>
            <button>Turn on two-step sign-in</button>
            </form>
            """
        return core.page("Set up your authenticator", body, context: context, status: status)
    }

    func submit(_ request: Request, context: AppRequestContext, pending: Bool) async throws -> Response {
        try core.requireAttemptAllowed(context: context, path: request.uri.path)
        let form = try await Form.read(request, context: context)
        guard let (session, user) = EnrolmentPage.subject(context, pending: pending) else { return Response.redirect(to: "/login", type: .normal) }
        try core.requireCSRF(form, context: context, expected: session.csrfToken, path: request.uri.path)
        guard let value = form["secret"], let signature = form["signature"],
              SecureToken.equal(signature, core.enrolmentSignature(secret: value, session: session)) else {
            core.audit(.badRequest, target: request.uri.path, context: context, detail: "enrolment secret altered")
            throw HTTPError(.badRequest)
        }
        let secret = TOTPSecret(value: value)
        guard let step = secret.step(matching: form["code"] ?? "", at: core.accounts.now) else {
            if pending, try core.accounts.recordFailure(user, ip: context.clientAddress, action: .secondFactorFailed, detail: "wrong enrolment code") {
                try core.accounts.endSession(token: context.sessionToken ?? "")
                return Response.redirect(to: "/login", type: .normal)
            }
            return try show(request, context: context, pending: pending, secret: secret, error: "That code is not right; check the app and try again.",
                            status: .unauthorized, next: form["next"])
        }
        let codes = try core.accounts.enrolTOTP(userID: user.id, secret: value, actor: user.name, ip: context.clientAddress)
        _ = try core.accounts.store.claimTOTPStep(userID: user.id, step: step)
        core.sessions.remove(userID: user.id)
        let target = ServerCore.safeLocalPath(form["next"])
        let body = """
            <p>Two-step sign-in is on. Keep these recovery codes somewhere safe: each signs you in once if you lose your phone.
            They are shown only now.</p>
            <ul class="codes">\(codes.map { "<li>\($0)</li>" }.joined())</ul>
            <p><a href="\(target.xmlEscaped)">Continue</a></p>
            """
        if pending {
            let signIn = try SecondFactorRoutes(core: core).completeSignIn(user, method: "password and new authenticator",
                                                                          replacing: context.sessionToken, next: target, context: context)
            var response = core.page("Save your recovery codes", body, context: context)
            for cookie in signIn.headers[values: .setCookie] { response.headers.append(HTTPField(name: .setCookie, value: cookie)) }
            return response
        }
        return core.page("Save your recovery codes", body, context: context)
    }

    static func subject(_ context: AppRequestContext, pending: Bool) -> (SessionRecord, User)? {
        if pending {
            guard let (session, user) = SecondFactorRoutes.pending(context), !user.hasTOTP, user.email == nil else { return nil }
            return (session, user)
        }
        guard let user = context.signedInUser, let session = context.session else { return nil }
        return (session, user)
    }
}
