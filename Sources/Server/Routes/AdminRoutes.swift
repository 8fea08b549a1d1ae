import BICore
import Foundation
import Hummingbird
import State

/// `/admin/users` (add, unlock, reset two-step sign-in, remove) and `/admin/audit`, for admins only.
/// Anyone else gets 404, as if the pages did not exist, and the attempt is audited.
struct AdminRoutes {
    let core: ServerCore

    func add(to router: Router<AppRequestContext>) {
        router.get("/admin/users") { request, context in try show(try admin(request, context), context: context) }
        router.post("/admin/users") { request, context in try await addUser(request, context: context) }
        router.post("/admin/users/{name}/{action}") { request, context in try await change(request, context: context) }
        router.get("/admin/audit") { request, context in try audit(request, context: context) }
    }

    /// The signed-in admin, or an error: a redirect to sign in, or 404 for non-admins.
    func admin(_ request: Request, _ context: AppRequestContext) throws -> User {
        guard let user = context.signedInUser else { throw LoginRequired() }
        guard user.role == .admin else {
            core.audit(.accessDenied, target: request.uri.path, context: context, detail: "admin page, role \(user.role.rawValue)")
            throw HTTPError(.notFound)
        }
        return user
    }

    func show(_ admin: User, context: AppRequestContext, message: String? = nil, error: String? = nil) throws -> Response {
        let csrf = context.session?.csrfToken
        var rows = ""
        for user in try core.accounts.store.users() {
            let name = user.name
            var actions = ""
            if user.isLocked { actions += HTML.button("Unlock", action: "/admin/users/\(name)/unlock", csrf: csrf) }
            actions += HTML.button("Reset 2FA", action: "/admin/users/\(name)/reset-2fa", csrf: csrf)
            if name != admin.name { actions += HTML.button("Remove", action: "/admin/users/\(name)/remove", csrf: csrf, danger: true) }
            rows += "<tr><td>\(name.xmlEscaped)</td><td>\(user.role.rawValue)</td><td>\(user.groups.joined(separator: ", ").xmlEscaped)</td>"
                + "<td>\(user.hasTOTP ? "app" : (user.email == nil ? "not set up" : "email"))</td>"
                + "<td>\(user.isLocked ? "locked" : "active")</td><td>\(actions)</td></tr>\n"
        }
        let roles = Role.allCases.map { "<option>\($0.rawValue)</option>" }.joined()
        let body = """
            \(HTML.message(message, kind: "status"))\(HTML.message(error))
            <div class="scroll"><table><thead><tr><th>User</th><th>Role</th><th>Groups</th><th>Second factor</th><th>State</th><th></th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            <h2>Add a user</h2>
            <form method="post" action="/admin/users">\(HTML.csrfField(csrf))
            <label for="name">User name</label><input type="text" id="name" name="name" required autocapitalize="none">
            <label for="role">Role</label><select id="role" name="role">\(roles)</select>
            <label for="groups">Groups (comma-separated, optional)</label><input type="text" id="groups" name="groups">
            <label for="email">Email for sign-in codes (optional)</label><input type="email" id="email" name="email">
            <label for="password">Initial password (12 characters or more)</label>
            <input type="password" id="password" name="password" autocomplete="new-password" required>
            <button>Add user</button>
            </form>
            """
        return core.page("Users", body, context: context)
    }

    func addUser(_ request: Request, context: AppRequestContext) async throws -> Response {
        let admin = try admin(request, context)
        let form = try await Form.read(request, context: context)
        try core.requireCSRF(form, context: context, expected: context.session?.csrfToken, path: "/admin/users")
        let groups = (form["groups"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let email = (form["email"] ?? "").trimmingCharacters(in: .whitespaces)
        guard let role = Role(rawValue: form["role"] ?? "") else { throw HTTPError(.badRequest) }
        do {
            try await core.accounts.addUser(name: form["name"] ?? "", role: role, groups: groups, email: email.isEmpty ? nil : email,
                                            password: form["password"] ?? "", actor: admin.name, ip: context.clientAddress)
            return try show(admin, context: context, message: "Added \(form["name"] ?? "").")
        } catch let error as StateError {
            return try show(admin, context: context, error: error.description)
        }
    }

    func change(_ request: Request, context: AppRequestContext) async throws -> Response {
        let admin = try admin(request, context)
        let form = try await Form.read(request, context: context)
        try core.requireCSRF(form, context: context, expected: context.session?.csrfToken, path: request.uri.path)
        let name = context.parameters.get("name") ?? ""
        do {
            switch context.parameters.get("action") {
            case "unlock": try core.accounts.unlock(name: name, actor: admin.name, ip: context.clientAddress)
            case "reset-2fa": try core.accounts.resetSecondFactor(name: name, actor: admin.name, ip: context.clientAddress)
            case "remove" where name != admin.name: try core.accounts.removeUser(name: name, actor: admin.name, ip: context.clientAddress)
            default: throw HTTPError(.notFound)
            }
        } catch let error as StateError {
            return try show(admin, context: context, error: error.description)
        }
        if let user = try core.accounts.store.user(named: name) { core.sessions.remove(userID: user.id) }
        return try show(admin, context: context, message: "Done: \(context.parameters.get("action") ?? "") \(name).")
    }

    func audit(_ request: Request, context: AppRequestContext) throws -> Response {
        _ = try admin(request, context)
        let before = request.uri.queryParameters["before"].flatMap { Int64($0) }
        let events = try core.accounts.store.auditEvents(limit: 100, before: before)
        let formatter = ISO8601DateFormatter()
        let rows = events.map { event in
            "<tr><td>\(event.sequence)</td><td>\(formatter.string(from: event.at))</td><td>\(event.action.rawValue)</td>"
                + "<td>\((event.actor ?? "").xmlEscaped)</td><td>\((event.target ?? "").xmlEscaped)</td>"
                + "<td>\((event.ip ?? "").xmlEscaped)</td><td>\((event.detail ?? "").xmlEscaped)</td></tr>"
        }.joined(separator: "\n")
        var body = "<div class=\"scroll\"><table><thead><tr><th>#</th><th>Time (UTC)</th><th>Event</th><th>By</th><th>On</th><th>Address</th><th>Detail</th></tr></thead><tbody>\(rows)</tbody></table></div>"
        if events.count == 100, let last = events.last { body += "<p><a href=\"/admin/audit?before=\(last.sequence)\">Older events</a></p>" }
        return core.page("Audit log", body, context: context)
    }
}

/// Thrown by routes that need a signed-in user; the site routes turn it into a redirect to `/login`.
struct LoginRequired: Error {}
