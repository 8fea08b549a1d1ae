import Analytics
import ArgumentParser
import BICore
import Connectors
import Foundation

/// `bi analyze FILE.csv --x COL --y COL`: the analysis a report's `<Insights>`, `<Anomalies>` and
/// `<Forecast>` draw on, for one series of a CSV file, without writing a report.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Insights, anomalies and a forecast for one series of a CSV file.",
        discussion: """
            Example: bi analyze sales.csv --x day --y revenue --forecast 30 --format json
            x may hold dates (days, weeks, months, quarters, years: the frequency is detected), numbers or labels; \
            rows that share an x are added up (--aggregation mean averages them).
            JSON has the keys insights (ranked sentences), anomalies (with their x), forecast (points with 80% and \
            95% interval values), trend, seasonality, comparisons and summary.
            """)

    @Argument(help: "A CSV file with a header row.") var file: String
    @Option(help: "The column with the dates, numbers or labels along the series.") var x: String
    @Option(help: "The numeric column to analyse.") var y: String
    @Option(help: "Periods to forecast (0 for none).") var forecast = 0
    @Option(help: "Output format.") var format: AnalysisFormat = .text
    @Option(help: "What to call the values in sentences (default: the y column's name).") var name: String?
    @Option(help: "Number format of amounts in sentences: \(NumberFormat.names.joined(separator: ", ")).") var fmt: String?
    @Option(help: "How values that share an x, or a period, combine: sum or mean.") var aggregation: Aggregation = .sum
    @Flag(help: "Print how long reading and analysing took, as one JSON line on standard error.") var timings = false

    func validate() throws {
        guard forecast >= 0, forecast <= 10_000 else { throw ValidationError("--forecast must be between 0 and 10000, not \(forecast)") }
        if let fmt, NumberFormat(name: fmt) == nil {
            throw ValidationError("--fmt '\(fmt)' is not a format; use one of \(NumberFormat.names.joined(separator: ", "))")
        }
    }

    func run() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let table: ResultTable
        do {
            table = try CSVReader().read(path: file)
        } catch let error as ConnectorError {
            Console.error("error: \(error.description)")
            throw ExitCode.failure
        }
        let read = clock.now
        let (xColumn, yColumn) = try columns(of: table)
        let numberFormat = fmt.flatMap(NumberFormat.init(name:)) ?? .auto
        let options = SeriesAnalysis.Options(name: name ?? ColumnTitle.humanize(table.columns[yColumn].name), format: numberFormat,
                                             aggregation: aggregation, forecastHorizon: forecast)
        let analysis = SeriesAnalysis(table: table, x: table.columns[xColumn].name, y: table.columns[yColumn].name, options: options)!
        let analysed = clock.now
        switch format {
        case .text: Console.output(analysis.text(format: numberFormat))
        case .json: Console.output(try AnalyzeCommand.json(analysis) + "\n")
        }
        if timings {
            let parts = [("read_s", read - started), ("analyze_s", analysed - read), ("write_s", clock.now - analysed)]
            Console.error("{" + parts.map { "\"\($0.0)\": \(NumberFormat.trimmed($0.1.seconds, maxDecimals: 6))" }.joined(separator: ", ")
                          + ", \"rows\": \(table.rowCount)}")
        }
    }

    /// The x and y columns, or an error naming the columns the file has.
    private func columns(of table: ResultTable) throws -> (x: Int, y: Int) {
        let names = table.columns.map(\.name)
        func find(_ name: String) throws -> Int {
            if let index = table.columnIndex(named: name) { return index }
            let hint = name.closestMatch(in: names).map { "\n  hint: did you mean '\($0)'?" } ?? ""
            Console.error("error: \(file): no column '\(name)' (columns: \(names.joined(separator: ", ")))\(hint)")
            throw ExitCode.failure
        }
        let (xColumn, yColumn) = (try find(x), try find(y))
        let type = table.columns[yColumn].type
        guard type.isNumeric || type == .unknown else {
            let numeric = table.columns.filter(\.type.isNumeric).map(\.name)
            Console.error("error: \(file): column '\(table.columns[yColumn].name)' is \(type.rawValue), but --y needs numbers"
                          + (numeric.isEmpty ? "" : "\n  hint: numeric columns: \(numeric.joined(separator: ", "))"))
            throw ExitCode.failure
        }
        return (xColumn, yColumn)
    }

    /// The analysis as one JSON object, keys sorted, so the same file always prints the same bytes.
    static func json(_ analysis: SeriesAnalysis) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(analysis), as: UTF8.self)
    }
}

/// `--format text|json` of `bi analyze`.
enum AnalysisFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension Aggregation: ExpressibleByArgument {}
