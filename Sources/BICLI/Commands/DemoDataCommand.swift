import ArgumentParser
import BICore
import DemoData

struct DemoDataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data",
        abstract: "Generate the demo retail sales database (SQLite).",
        discussion: """
            Three years of orders (2023–2025) with growth, weekly and yearly seasonality, and injected \
            anomalies: an outage week (2024-08-12..18), a flash-sale spike (2025-06-10) and a pricing error \
            (2024-03-21). The same --rows and --seed always give the same data.
            """)

    @Option(help: "Number of order items.") var rows = 200_000
    @Option(help: "The SQLite file to write.") var out = "data/demo.db"
    @Option(help: "Random seed.") var seed: UInt64 = 42

    func run() async throws {
        do {
            let summary = try DemoDataGenerator(rows: rows, seed: seed).write(to: out)
            Console.output(summary.description + "\n")
        } catch let error as any DiagnosticConvertible {
            Console.print(error.diagnostics)
            throw ExitCode.failure
        }
    }
}
