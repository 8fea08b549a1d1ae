import enum CoreMetrics.MetricsSystem
import Prometheus

/// The server's own Prometheus metrics (sign-ins, builds, live connections). Request counts and
/// latencies come from Hummingbird's `MetricsMiddleware` once `bi serve` bootstraps swift-metrics
/// with the same registry.
public final class ServerMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    let signIns: Counter
    let signInFailures: Counter
    let rateLimited: Counter
    let builds: Counter
    let buildFailures: Counter
    let buildSeconds: ValueHistogram
    let liveConnections: Gauge

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
    }

    func recordBuild(success: Bool, seconds: Double) {
        builds.increment()
        if !success { buildFailures.increment() }
        buildSeconds.record(seconds)
    }

    /// The metrics in Prometheus' text format.
    func exposition() -> [UInt8] { registry.emitToBuffer() }
}

extension ServerMetrics {
    /// Sends swift-metrics (Hummingbird's request counters and latencies) to this registry too.
    /// Call once per process, before serving.
    public func bootstrapSwiftMetrics() {
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
    }
}
