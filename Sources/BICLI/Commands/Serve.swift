import ArgumentParser
import BICore
import Foundation
import Logging
import Mail
import Pipeline
import Scheduler
import Server
import State

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the site behind sign-in, rebuilding on every save.",
        discussion: """
            Watches bi.yml, Templates/ and reports/; open pages refresh themselves. Add accounts with `bi users add`.
            Reports with `refresh: 5m` re-run their queries on that interval. Scheduled reports and alerts run
            here too, as with `bi schedule daemon`, unless --no-scheduler.
            """)

    @OptionGroup var options: StateOptions
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Flag(help: "Mark cookies Secure and send HSTS: set this when browsers reach bi serve over HTTPS (a TLS proxy in front).")
    var secureCookies = false
    @Option(help: "Fix today's date for relative periods (YYYY-MM-DD).") var asOf: Day?
    @Flag(help: "Do not run scheduled reports and alerts in this process (another runs `bi schedule daemon`).")
    var noScheduler = false

    func run() async throws {
        guard let project = try options.loadProject() else {
            Console.error("error: no bi.yml in '\(options.project)'\n  hint: run `bi new my-project` to start one, or pass --project DIR")
            throw ExitCode.failure
        }
        let accounts = Accounts(store: try options.openStore(project: project))
        if try accounts.store.users().isEmpty {
            Console.error("warning: there are no users yet; add one with `bi users add NAME --role admin --password-stdin`")
        }
        var delivery: (any CodeDelivery)?
        if let smtp = project.config.smtp {
            do {
                delivery = SMTPCodeDelivery(mailer: try SMTPMailer(config: smtp))
            } catch let error as MailError {
                Console.error("warning: \(error.description); emailed sign-in codes are off")
            }
        }
        var configuration = ServerConfiguration(
            project: project, accounts: accounts, host: host, port: port, secureCookies: secureCookies,
            codeDelivery: delivery, buildOptions: BuildOptions(outputDirectory: project.path("output"), asOf: asOf))
        if !noScheduler {
            let scheduler = ScheduleRunner(project: project, store: try options.openRunStore(project: project))
            configuration.backgroundServices.append { await scheduler.runForever { Console.error("schedule: " + $0) } }
        }
        let server = try PreviewServer(configuration: configuration)
        let diagnostics = await server.buildSite()
        Console.print(diagnostics)
        Console.error("Serving \(project.config.title) on http://\(host):\(port)/ (Ctrl-C stops)")
        try await server.run()
    }
}
