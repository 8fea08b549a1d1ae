import BICore
import Hummingbird
import Logging
import Pipeline
import Reports
import State

/// `bi serve`: the site behind sign-in, rebuilt on every save and pushed to open pages.
///
/// ```swift
/// let server = try PreviewServer(configuration: ServerConfiguration(project: project, accounts: accounts))
/// try await server.run()                          // until SIGINT or SIGTERM
/// // or, in tests: try await server.makeApplication().test(.router) { client in … }
/// ```
public struct PreviewServer: Sendable {
    let core: ServerCore

    public init(configuration: ServerConfiguration, metrics: ServerMetrics = ServerMetrics()) throws {
        core = try ServerCore(configuration: configuration, metrics: metrics)
    }

    /// Builds the whole site; the diagnostics when the build failed (the server still starts).
    @discardableResult
    public func buildSite() async -> [Diagnostic] { await core.builder.build(.everything) }

    /// Runs the rebuild that a change of the project's files calls for, as the file watcher does.
    @discardableResult
    public func rebuild(everything: Bool = false) async -> [Diagnostic] { await core.builder.build(everything ? .everything : .reports) }

    /// Re-runs the queries of the reports at `paths` (their `refresh:` is due).
    public func refresh(_ paths: Set<String>) async { await core.builder.build(.refresh(paths)) }

    /// The HTTP application: routes, sessions, security headers and error pages.
    public func makeApplication(logger: Logger = Logger(label: "bi.serve")) -> some ApplicationProtocol {
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware(strictTransport: core.configuration.secureCookies))
        router.add(middleware: ErrorPageMiddleware(core: core))
        router.add(middleware: RequestMetricsMiddleware(metrics: core.metrics))
        router.add(middleware: SessionMiddleware(core: core))
        LiveRoutes(core: core).add(to: router)
        LoginRoutes(core: core).add(to: router)
        SecondFactorRoutes(core: core).add(to: router)
        AccountRoutes(core: core).add(to: router)
        AdminRoutes(core: core).add(to: router)
        AskRoutes(core: core).add(to: router)
        SiteRoutes(core: core).add(to: router)
        return Application(router: router,
                           configuration: .init(address: .hostname(core.configuration.host, port: core.configuration.port),
                                                serverName: nil, backlog: 4096),
                           logger: logger)
    }

    /// Builds the site, then serves it while watching files, refreshing live reports, purging
    /// expired sessions and running the configured background services, until the process is asked to stop.
    public func run(logger: Logger = Logger(label: "bi.serve")) async throws {
        let core = self.core
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await makeApplication(logger: logger).runService() }
            group.addTask { await FileWatcher(projectDirectory: core.configuration.project.directory,
                                              interval: core.configuration.watchInterval, builder: core.builder).run() }
            group.addTask { await RefreshScheduler(builder: core.builder).run() }
            group.addTask { await PreviewServer.housekeeping(core) }
            for service in core.configuration.backgroundServices { group.addTask { await service() } }
            try await group.next()
            core.events.finishAll()
            group.cancelAll()
        }
    }

    /// Every 15 seconds: a keep-alive to live-reload connections; every minute: expired sessions go.
    static func housekeeping(_ core: ServerCore) async {
        var ticks = 0
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(15))
            core.events.publish(LiveEvent(generation: 0, paths: [], failed: false, isHeartbeat: true))
            ticks += 1
            if ticks % 4 == 0 { try? core.accounts.purgeExpiredSessions() }
        }
    }
}
