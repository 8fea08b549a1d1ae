import BICore
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Reports
import State

/// The built site, for signed-in readers: pages they may read, theme assets, `/` and folder
/// indexes; everything else is 404 (no directory listings, nothing outside the built site).
struct SiteRoutes {
    let core: ServerCore

    func add(to router: Router<AppRequestContext>) {
        router.get("/") { request, context in try serve(request, context: context) }
        router.get("**") { request, context in try serve(request, context: context) }
    }

    static func loginRedirect(_ request: Request) -> Response {
        let path = ServerCore.safeLocalPath(request.uri.path)
        return Response.redirect(to: path == "/" ? "/login" : "/login?next=" + SecondFactorRoutes.encode(path), type: .normal)
    }

    func serve(_ request: Request, context: AppRequestContext) throws -> Response {
        guard let user = context.signedInUser else {
            if case .rejected = SitePath.resolve(request.uri.path) { return rejected(request, context: context) }
            return SiteRoutes.loginRedirect(request)
        }
        guard case .file(let path) = SitePath.resolve(request.uri.path) else { return rejected(request, context: context) }
        let snapshot = core.builder.current.value
        switch core.view.resolve(path, in: snapshot, user: user) {
        case .missing:
            throw HTTPError(.notFound)
        case .denied:
            core.audit(.accessDenied, target: "/" + path, context: context, detail: "report outside the reader's roles")
            throw HTTPError(.notFound)
        case .file(let bytes):
            var response = Response(status: .ok, headers: [.contentType: SiteRoutes.contentType(path)], body: .init(byteBuffer: bytes))
            response.headers[.cacheControl] = "private, max-age=60"
            return response
        case .page(var bytes):
            if let token = context.sessionToken, snapshot.pages[path]?.report != nil,
               core.views.shouldAudit(session: token, path: path, now: core.accounts.now) {
                core.audit(.reportViewed, target: "/" + path, context: context)
            }
            if user.role.includes(.editor), !snapshot.failure.isEmpty {
                bytes = ByteBuffer(string: SiteRoutes.withOverlay(String(buffer: bytes), snapshot.failure))
            }
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: bytes))
        }
    }

    /// A traversal or malformed path: audited, answered like any missing page.
    func rejected(_ request: Request, context: AppRequestContext) -> Response {
        core.audit(.badRequest, target: String(request.uri.path.prefix(200)), context: context, detail: "path outside the site")
        return ErrorPageMiddleware.page(for: .notFound, core: core, context: context)
    }

    /// The build errors, `file:line:col: error: …`, over the last good page.
    static func withOverlay(_ html: String, _ diagnostics: [Diagnostic]) -> String {
        let text = diagnostics.map(\.description).joined(separator: "\n").xmlEscaped
        let overlay = "<link rel=\"stylesheet\" href=\"/_bi/overlay.css\"><pre id=\"bi-overlay\" role=\"alert\"><strong>The last build failed; "
            + "this is the last good page.</strong>\(text)</pre>"
        guard let body = html.range(of: "<body>") else { return overlay + html }
        return html.replacingCharacters(in: body, with: "<body>\n" + overlay)
    }

    static func contentType(_ path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) {
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "woff2": "font/woff2"
        case "json": "application/json"
        case "csv": "text/csv; charset=utf-8"
        case "pdf": "application/pdf"
        case "html": "text/html; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
