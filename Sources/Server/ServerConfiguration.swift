import Foundation
import Pipeline
import State

/// How `bi serve` runs: where, for which project, with which accounts.
public struct ServerConfiguration: Sendable {
    public var project: Project
    public var accounts: Accounts
    public var host: String
    public var port: Int
    /// Mark cookies `Secure` (and send HSTS): set when browsers reach the server over HTTPS,
    /// through a TLS-terminating proxy in front of `bi serve`.
    public var secureCookies: Bool
    /// Sends emailed sign-in codes; nil when `bi.yml` has no `smtp:`.
    public var codeDelivery: (any CodeDelivery)?
    /// How often to look for changed files (seconds).
    public var watchInterval: Double
    public var buildOptions: BuildOptions
    /// Work that runs beside the server for as long as it does (the scheduler's daemon).
    public var backgroundServices: [@Sendable () async -> Void] = []

    public init(project: Project, accounts: Accounts, host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false,
                codeDelivery: (any CodeDelivery)? = nil, watchInterval: Double = 0.05, buildOptions: BuildOptions = BuildOptions()) {
        self.project = project
        self.accounts = accounts
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.codeDelivery = codeDelivery
        self.watchInterval = watchInterval
        self.buildOptions = buildOptions
    }
}
