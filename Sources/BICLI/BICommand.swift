import ArgumentParser
import ChartsCairo

/// The `bi` command line: a thin shell over the build pipeline and the stage modules.
///
/// Every command names itself (`commandName:`): ArgumentParser would otherwise derive each name from
/// the type's name by reflection at every start, a few full scans of the protocol conformance tables.
public struct BICommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bi",
        abstract: "SmartBI: business intelligence as code.",
        discussion: "Reports are Markdown files with SQL; `bi build` turns a project into a static site.",
        subcommands: [Build.self, Check.self, AskCommand.self, QueryCommand.self, ChartCommand.self, AnalyzeCommand.self, New.self,
                      DemoDataCommand.self, DiffCommand.self, Serve.self, UsersCommand.self, ScheduleCommand.self])

    public init() {}
}

extension BICommand {
    /// Parses the process arguments and runs the command, exiting with its status.
    public static func runFromCommandLine() async {
        // Commands that draw charts open Pango and Cairo and set their fonts up on another thread
        // while they parse arguments and read data (the server and the scheduler before their first
        // chart); the others never load those libraries.
        if CommandLine.arguments.count > 1, ["chart", "build", "serve", "schedule"].contains(CommandLine.arguments[1]) {
            PangoFonts.prepareInBackground()
        }
        await main()
    }
}
