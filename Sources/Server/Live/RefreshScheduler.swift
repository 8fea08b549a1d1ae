import Foundation
import Reports

/// Re-runs the queries of reports with `refresh:` in their front matter, each on its own interval.
struct RefreshScheduler: Sendable {
    let builder: SiteBuilder

    func run() async {
        var lastRun: [String: ContinuousClock.Instant] = [:]
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(1))
            let now = ContinuousClock.now
            var due: Set<String> = []
            for report in builder.current.value.reports {
                guard let seconds = report.frontMatter.refreshSeconds else { continue }
                guard let last = lastRun[report.path] else { lastRun[report.path] = now; continue }
                if now - last >= .seconds(seconds) { due.insert(report.path) }
            }
            guard !due.isEmpty else { continue }
            for path in due { lastRun[path] = now }
            await builder.build(.refresh(due))
        }
    }
}
