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
        signIns = registry.makeCounter(descriptor: .init(metricName: "bi_sign_ins", unitName: "total", helpText: "Completed sign-ins."))
        signInFailures = registry.makeCounter(descriptor: .init(metricName: "bi_sign_in_failures", unitName: "total", helpText: "Wrong passwords and second-factor codes."))
        rateLimited = registry.makeCounter(descriptor: .init(metricName: "bi_rate_limited", unitName: "total", helpText: "Sign-in attempts refused by the per-address limit."))
        builds = registry.makeCounter(descriptor: .init(metricName: "bi_builds", unitName: "total", helpText: "Site builds, including incremental ones."))
        buildFailures = registry.makeCounter(descriptor: .init(metricName: "bi_build_failures", unitName: "total", helpText: "Site builds that failed."))
        buildSeconds = registry.makeValueHistogram(descriptor: .init(metricName: "bi_build", unitName: "seconds", helpText: "Duration of site builds."), buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10])
        liveConnections = registry.makeGauge(descriptor: .init(metricName: "bi_live", unitName: "connections", helpText: "Open live-reload connections."))
        requests = (1...5).map { registry.makeCounter(descriptor: .init(metricName: "bi_http_requests", unitName: "total", helpText: "HTTP requests by status class."),
                                                   labels: [("status", "\($0)xx")]) }
        requestSeconds = registry.makeValueHistogram(descriptor: .init(metricName: "bi_http_request", unitName: "seconds", helpText: "Time to answer HTTP requests (without streaming the body)."), buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5])
    }

    func recordBuild(success: Bool, seconds: Double) {
        builds.increment()
        if !success { buildFailures.increment() }
        buildSeconds.record(seconds)
    }

    /// The metrics in Prometheus' text format.
    func exposition() -> [UInt8] { registry.emitToBuffer() }
}

