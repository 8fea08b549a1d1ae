import Hummingbird
import Prometheus

/// Counts requests by status class and records their durations in the server's registry: two
/// atomic updates per request, where swift-metrics' per-request metric lookups cost far more.
struct RequestMetricsMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let response = try await next(request, context)
        metrics.requests[min(4, max(0, response.status.code / 100 - 1))].increment()
        metrics.requestSeconds.record((ContinuousClock.now - started).timeInterval)
        return response
    }
}
