import Hummingbird
import Logging
import State

/// Turns every error into a short page with its status only: no messages from inside, no stack
/// traces. Unexpected errors are logged by type (never with request data) and answer 500.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let core: ServerCore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch is LoginRequired {
            return SiteRoutes.loginRedirect(request)
        } catch let error as any HTTPResponseError {
            if error.status == .contentTooLarge || error.status == .badRequest {
                core.audit(.badRequest, target: String(request.uri.path.prefix(200)), context: context,
                           detail: error.status == .contentTooLarge ? "request body too large" : "malformed request")
            }
            return ErrorPageMiddleware.page(for: error.status, core: core, context: context)
        } catch {
            context.logger.error("internal error", metadata: ["type": "\(type(of: error))"])
            return ErrorPageMiddleware.page(for: .internalServerError, core: core, context: context)
        }
    }

    static func page(for status: HTTPResponse.Status, core: ServerCore, context: Context) -> Response {
        let text: String
        switch status.code {
        case 400: text = "The request was not understood."
        case 403: text = "This request was refused."
        case 404: text = "There is no page here."
        case 405: text = "This method is not allowed here."
        case 413: text = "The request is too large."
        case 429: text = "Too many attempts. Wait a few minutes and try again."
        default: text = "Something went wrong on the server. Try again; if it persists, tell your administrator."
        }
        return core.page(status.reasonPhrase, "<p>\(text)</p><p><a href=\"/\">Back to the reports</a></p>", context: context, status: status)
    }
}
