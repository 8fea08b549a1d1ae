import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Prometheus
import Reports
import ServiceLifecycle
import State

/// `/_bi/events` (server-sent events after each rebuild), the live-reload script and the server
/// stylesheet, `/healthz` and `/metrics`.
struct LiveRoutes {
    let core: ServerCore

    func add(to router: Router<AppRequestContext>) {
        router.get("/_bi/live.js") { _, _ in LiveRoutes.asset(ServerAssets.liveScript, type: "text/javascript; charset=utf-8") }
        router.get("/_bi/server.css") { _, _ in LiveRoutes.asset(ServerAssets.css, type: "text/css; charset=utf-8") }
        router.get("/_bi/overlay.css") { _, _ in LiveRoutes.asset(ServerAssets.overlayCSS, type: "text/css; charset=utf-8") }
        router.get("/_bi/events") { _, context in try events(context: context) }
        router.get("/healthz") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        router.get("/metrics") { request, context in
            guard context.isLoopback || context.signedInUser?.role == .admin else {
                core.audit(.accessDenied, target: "/metrics", context: context, detail: "metrics from another machine")
                throw HTTPError(.notFound)
            }
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: core.metrics.exposition())))
        }
    }

    static func asset(_ text: String, type: String) -> Response {
        var response = Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
        response.headers[.cacheControl] = "no-cache"
        return response
    }

    /// One `change` event per rebuild, naming only pages this reader may read; failures only for editors.
    func events(context: AppRequestContext) throws -> Response {
        guard let user = context.signedInUser else { throw HTTPError(.unauthorized) }
        let stream = core.events.subscribe()
        let core = self.core
        let body = ResponseBody { writer in
            core.metrics.liveConnections.increment(by: 1)
            defer { core.metrics.liveConnections.decrement(by: 1) }
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            // On shutdown the stream ends, so open pages do not hold the server up.
            for await event in stream.cancelOnGracefulShutdown() {
                if event.isHeartbeat {
                    try await writer.write(ByteBuffer(string: ": ping\n\n"))
                    continue
                }
                let snapshot = core.builder.current.value
                let paths = event.paths.filter { ReportAccess.canRead(snapshot.pages[$0]?.report, user: user) }
                let failed = event.failed && user.role.includes(.editor)
                guard failed || !paths.isEmpty || !event.failed else { continue }
                let data = try JSONSerialization.data(withJSONObject: ["generation": event.generation, "paths": paths, "failed": failed])
                try await writer.write(ByteBuffer(string: "event: change\ndata: \(String(decoding: data, as: UTF8.self))\n\n"))
            }
            try await writer.finish(nil)
        }
        var response = Response(status: .ok, headers: [.contentType: "text/event-stream"], body: body)
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
