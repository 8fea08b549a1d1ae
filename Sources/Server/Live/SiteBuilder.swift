import BICore
import Foundation
import Pipeline
import Site

/// Builds the site for the server, reusing what did not change, and publishes each result.
///
/// A change to `bi.yml` or `Templates/` rebuilds everything; a change under `reports/` re-parses the
/// reports and re-runs only the queries that changed; a `refresh:` interval re-runs one report's queries.
/// A failed build keeps the last good pages and records its diagnostics.
actor SiteBuilder {
    enum Change: Sendable, Equatable {
        case everything
        case reports
        case refresh(Set<String>)
    }

    let projectDirectory: String
    let options: BuildOptions
    nonisolated let current: SnapshotBox
    let events: LiveEvents
    private var lastGood: BuildContext?
    private var project: Project
    let metrics: ServerMetrics

    init(project: Project, options: BuildOptions, events: LiveEvents, metrics: ServerMetrics) {
        projectDirectory = project.directory
        self.project = project
        self.options = options
        self.events = events
        self.metrics = metrics
        current = SnapshotBox(.empty(siteTitle: project.config.title))
    }

    /// Builds for `change` and publishes what changed. Returns the diagnostics when the build failed.
    @discardableResult
    func build(_ change: Change) async -> [Diagnostic] {
        let started = ContinuousClock.now
        let previous = current.value
        do {
            if change == .everything || lastGood == nil { project = try Project.load(directory: projectDirectory) }
            var options = self.options
            var reuse: BuildReuse?
            if let lastGood, change != .everything {
                if case .refresh(let paths) = change {
                    reuse = BuildReuse(previous: lastGood, rerun: paths)
                    options.useCache = false   // the point of a refresh is fresh data
                } else {
                    reuse = BuildReuse(previous: lastGood)
                }
            }
            var context = BuildContext(project: project, options: options)
            context.reuse = reuse
            context = try await BuildPipeline.serve.run(context)
            context.reuse = nil
            lastGood = context
            let snapshot = SiteSnapshot.from(context, generation: previous.generation + 1)
            current.value = snapshot
            metrics.recordBuild(success: true, seconds: (ContinuousClock.now - started).timeInterval)
            events.publish(LiveEvent(generation: snapshot.generation, paths: snapshot.changedPaths(since: previous), failed: false))
            return []
        } catch {
            let diagnostics = SiteBuilder.diagnostics(of: error)
            var failed = previous
            failed.generation += 1
            failed.failure = diagnostics
            current.value = failed
            metrics.recordBuild(success: false, seconds: (ContinuousClock.now - started).timeInterval)
            events.publish(LiveEvent(generation: failed.generation, paths: [], failed: true))
            return diagnostics
        }
    }

    static func diagnostics(of error: any Error) -> [Diagnostic] {
        switch error {
        case let failure as BuildFailure: failure.diagnostics.filter { $0.severity == .error }
        case let convertible as any DiagnosticConvertible: convertible.diagnostics
        default: [Diagnostic(at: nil, "the build failed unexpectedly")]
        }
    }
}

/// The current snapshot, read by every request without waiting for a build.
final class SnapshotBox: @unchecked Sendable {
    private let lock = NSLock()
    private var snapshot: SiteSnapshot

    init(_ snapshot: SiteSnapshot) { self.snapshot = snapshot }

    var value: SiteSnapshot {
        get { lock.withLock { snapshot } }
        set { lock.withLock { snapshot = newValue } }
    }
}

extension Duration {
    var timeInterval: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
