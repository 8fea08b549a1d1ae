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
    ///
    /// On the main thread: the arguments are parsed there and a synchronous command (`bi chart`)
    /// runs there too, where ArgumentParser's `main()` would first move to a thread of the
    /// concurrency pool, which Dispatch starts for it. Asynchronous commands go there when they run.
    @MainActor public static func runFromCommandLine() async {
        // Commands that draw charts open Pango (and Cairo, for PNG and PDF) and set their fonts up
        // on other threads while they parse arguments and read data; the others never load them.
        let fontMaps = fontMapsNeeded(by: Array(CommandLine.arguments.dropFirst()))
        if !fontMaps.isEmpty { PangoFonts.prepareInBackground(fontMaps) }
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
        // Done: end here. Returning to the top-level code would first hop to the main queue.
        exit()
    }

    /// The font maps a command line will measure and draw with (see ``PangoFonts``): SVG charts and
    /// site pages measure with FreeType; `bi chart --format png|pdf` measures and draws with Cairo;
    /// PDFs of `bi build --pdf|--pdf-bundle` and of the scheduler draw with Cairo too. Read before
    /// the arguments are parsed, so a wrong guess costs time only.
    static func fontMapsNeeded(by arguments: [String]) -> [PangoFonts.FontMap] {
        switch arguments.first {
        case "chart":
            let drawsImage = zip(arguments, arguments.dropFirst()).contains { (option: String, value: String) in
                option == "--format" && value != "svg"
            } || arguments.contains { (argument: String) in argument.hasPrefix("--format=") && argument != "--format=svg" }
            return [drawsImage ? .cairo : .freeType]
        case "build": return arguments.contains { $0 == "--pdf" || $0.hasPrefix("--pdf-bundle") } ? [.freeType, .cairo] : [.freeType]
        case "serve": return [.freeType]
        case "schedule": return [.freeType, .cairo]
        default: return []
        }
    }
}
