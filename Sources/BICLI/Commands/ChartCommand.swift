import ArgumentParser
import BICore
import Charts
import Connectors
import Foundation

struct ChartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Render one chart from a CSV file.",
        discussion: "Example: bi chart --type line --data sales.csv --x month --y revenue --format svg -o revenue.svg")

    @Option(help: "Chart type: \(ChartType.allCases.map(\.rawValue).joined(separator: ", ")).") var type: ChartType
    @Option(help: "A CSV file with a header row.") var data: String
    @Option(help: "The column along the x axis.") var x: String
    @Option(help: "One or more numeric columns, comma-separated.") var y: String
    @Option(help: "A column that splits the data into series.") var series: String?
    @Option(help: "The chart title.") var title: String?
    @Option(help: "Output format.") var format: ImageFormat = .svg
    @Option(name: .customShort("o"), help: "The file to write.") var output: String

    func run() async throws {
        do {
            let table = try CSVReader().read(path: data)
            let spec = ChartSpec(type: type, x: x, y: y.split(separator: ",").map { $0.trimming(" ") }, series: series, title: title)
            let scene = try ChartLayout().scene(for: spec, data: table)
            let bytes: [UInt8]
            switch format {
            case .svg: bytes = Array(SVGRenderer().render(scene).utf8)
            }
            guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else {
                Console.error("error: cannot write '\(output)'")
                throw ExitCode.failure
            }
        } catch let error as ConnectorError {
            Console.error("error: \(error.description)")
            throw ExitCode.failure
        } catch let error as ChartError {
            Console.error("error: \(data): \(error.description)")
            throw ExitCode.failure
        }
    }
}

enum ImageFormat: String, ExpressibleByArgument, CaseIterable {
    case svg
}

extension ChartType: ExpressibleByArgument {}
