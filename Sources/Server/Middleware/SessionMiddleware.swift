import Foundation
import Hummingbird
import State

/// Reads the session cookie into the context (session and user), through the session cache.
/// It never refuses a request: routes decide what needs a signed-in user.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let core: ServerCore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[core.sessionCookieName]?.value, !token.isEmpty, token.count <= 100 {
            let now = core.accounts.now
            if var entry = core.sessions.entry(for: token, now: now) {
                if now.timeIntervalSince(entry.session.lastSeenAt) > core.accounts.policy.sessionIdle
                    || now.timeIntervalSince(entry.session.createdAt) > core.accounts.policy.sessionAbsolute {
                    core.sessions.remove(token: token)
                } else {
                    entry.session.lastSeenAt = now
                    if now.timeIntervalSince(entry.touchedAt) > core.sessions.touchInterval {
                        try core.accounts.store.touchSession(idHash: entry.session.idHash, at: now)
                        entry.touchedAt = now
                    }
                    core.sessions.store(entry, for: token)
                    context.attach(token: token, session: entry.session, user: entry.user)
                }
            } else if let session = try core.accounts.session(token: token), let user = try core.accounts.store.user(id: session.userID),
                      !user.isLocked {
                try core.accounts.store.touchSession(idHash: session.idHash, at: now)
                var touched = session
                touched.lastSeenAt = now
                core.sessions.store(.init(session: touched, user: user, checkedAt: now, touchedAt: now), for: token)
                context.attach(token: token, session: touched, user: user)
            }
        }
        return try await next(request, context)
    }
}

extension AppRequestContext {
    mutating func attach(token: String, session: SessionRecord, user: User) {
        sessionToken = token
        self.session = session
        self.user = user
    }
}
