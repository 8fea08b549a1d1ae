import Prometheus

/// The server's Prometheus metrics: requests, sign-ins, builds, live connections.
public final class ServerMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    let signIns: Counter
    let signInFailures: Counter
    let rateLimited: Counter
    let builds: Counter
    let buildFailures: Counter
    let buildSeconds: ValueHistogram
    let liveConnections: Gauge
    /// Requests answered with 1xx … 5xx.
    let requests: [Counter]
    let requestSeconds: ValueHistogram

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        signIns = registry.makeCounter(name: "bi_sign_ins_total", help: "Completed sign-ins.")
        signInFailures = registry.makeCounter(name: "bi_sign_in_failures_total", help: "Wrong passwords and second-factor codes.")
        rateLimited = registry.makeCounter(name: "bi_rate_limited_total", help: "Sign-in attempts refused by the per-address limit.")
        builds = registry.makeCounter(name: "bi_builds_total", help: "Site builds, including incremental ones.")
        buildFailures = registry.makeCounter(name: "bi_build_failures_total", help: "Site builds that failed.")
        buildSeconds = registry.makeValueHistogram(name: "bi_build_seconds", buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
                                                   help: "Duration of site builds.")
        liveConnections = registry.makeGauge(name: "bi_live_connections", help: "Open live-reload connections.")
        requests = (1...5).map { registry.makeCounter(name: "bi_http_requests_total", labels: [("status", "\($0)xx")], help: "HTTP requests by status class.") }
        requestSeconds = registry.makeValueHistogram(name: "bi_http_request_seconds", buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
                                                     help: "Time to answer HTTP requests (without streaming the body).")
    }

    func recordBuild(success: Bool, seconds: Double) {
        builds.increment()
        if !success { buildFailures.increment() }
        buildSeconds.record(seconds)
    }

    /// The metrics in Prometheus' text format.
    func exposition() -> [UInt8] { registry.emitToBuffer() }
}

