import ArgumentParser
import BICore
import Charts
import ChartsCairo
import Connectors
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Render one chart from a CSV file.",
        discussion: """
            Example: bi chart --type line --data sales.csv --x month --y revenue --format svg -o revenue.svg
            Annotations: --y-line "1000000 Goal", --x-band "2024-08-12..2024-08-18 Outage", --callout "2025-06 Flash sale" (repeatable, or ';'-separated).
            """)

    @Option(help: "Chart type: \(ChartType.allCases.map(\.rawValue).joined(separator: ", ")).") var type: ChartType
    @Option(help: "A CSV file with a header row.") var data: String
    @Option(help: "The column along the x axis (categories, dates or numbers; the source of a sankey).") var x: String?
    @Option(help: "One or more numeric columns, comma-separated.") var y: String?
    @Option(help: "Columns drawn as lines on a second axis (combo).") var y2: String?
    @Option(help: "A column that splits the data into series.") var series: String?
    @Option(help: "Bubble size column.") var size: String?
    @Option(help: "Heatmap cell value column.") var color: String?
    @Option(help: "Point names column.") var label: String?
    @Option(help: "Bullet target or sankey target column.") var target: String?
    @Option(help: "The chart title.") var title: String?
    @Option(help: "A line under the title.") var subtitle: String?
    @Option(name: .customLong("x-title"), help: "The x axis title.") var xTitle: String?
    @Option(name: .customLong("y-title"), help: "The y axis title.") var yTitle: String?
    @Option(help: "Number format of values: \(NumberFormat.names.joined(separator: ", ")).") var fmt: String?
    @Option(name: .customLong("x-scale"), help: "linear or log.") var xScale: ChartSpec.ScaleKind = .linear
    @Option(name: .customLong("y-scale"), help: "linear or log.") var yScale: ChartSpec.ScaleKind = .linear
    @Option(help: "Order categories by value: none, asc, desc.") var sort: ChartSpec.SortOrder = .none
    @Option(help: "Histogram bins.") var bins: Int?
    @Option(name: .customLong("y-line"), help: "A horizontal reference line: 'VALUE label'.") var yLine: [String] = []
    @Option(name: .customLong("x-line"), help: "A vertical reference line: 'VALUE label'.") var xLine: [String] = []
    @Option(name: .customLong("y-band"), help: "A reference area across y: 'FROM..TO label'.") var yBand: [String] = []
    @Option(name: .customLong("x-band"), help: "A reference area across x: 'FROM..TO label'.") var xBand: [String] = []
    @Option(help: "A labelled point: 'X[,Y] label'.") var mark: [String] = []
    @Option(help: "A callout: 'X[,Y] label'.") var callout: [String] = []
    @Option(help: "Width in points.") var width: Double = 800
    @Option(help: "Height in points.") var height: Double = 450
    @Option(help: "PNG pixels per point (1 or 2).") var scale: Double = 1
    @Option(help: "light or dark.") var theme: String = "light"
    @Option(help: "Output format.") var format: ImageFormat = .svg
    @Option(name: .customShort("o"), help: "The file to write.") var output: String
    @Flag(help: "Print how long reading, layout, drawing and writing took, as one JSON line.") var timings = false

    func validate() throws {
        guard ChartTheme(named: theme) != nil else { throw ValidationError("--theme must be light or dark, not '\(theme)'") }
        if let fmt, NumberFormat(name: fmt) == nil {
            throw ValidationError("--fmt '\(fmt)' is not a format; use one of \(NumberFormat.names.joined(separator: ", "))")
        }
        guard scale > 0, scale <= 8, width >= 40, height >= 30 else { throw ValidationError("--scale must be in 0…8, --width at least 40 and --height at least 30") }
    }

    func run() throws {
        do {
            let clock = ContinuousClock()
            let started = clock.now
            let table = try CSVReader().read(path: data)
            let read = clock.now
            // A PNG or PDF is measured with the fonts it is drawn with (the same widths), so one font map is set up.
            let measurer = PangoMeasurer(fonts: format == .svg ? .measuring : .drawing)
            let scene = try ChartLayout(theme: ChartTheme(named: theme)!, measurer: measurer).scene(for: try spec(), data: table)
            let laidOut = clock.now
            let bytes: [UInt8]
            switch format {
            case .svg: bytes = Array(SVGRenderer(paintsBackground: true).render(scene).utf8)
            case .png: bytes = try CairoRenderer().png(scene, scale: scale)
            case .pdf: bytes = try CairoRenderer().pdf(scene)
            }
            let drawn = clock.now
            guard ChartCommand.write(bytes, to: output) else {
                Console.error("error: cannot write '\(output)'")
                throw ExitCode.failure
            }
            // The process ends right after this: the system takes the memory back at once, while
            // releasing the table and the scene object by object (tens of thousands of nodes for a
            // dense scatter) would take milliseconds. (Compilers skip freeing at exit the same way.)
            _ = Unmanaged.passRetained(KeptUntilExit((table, scene)))
            if timings {
                let parts = [("read_s", read - started), ("layout_s", laidOut - read), ("render_s", drawn - laidOut), ("write_s", clock.now - drawn)]
                Console.output("{" + parts.map { "\"\($0.0)\": \(NumberFormat.trimmed($0.1.seconds, maxDecimals: 6))" }.joined(separator: ", ")
                               + ", \"bytes\": \(bytes.count)}\n")
            }
        } catch let error as ConnectorError {
            Console.error("error: \(error.description)")
            throw ExitCode.failure
        } catch let error as ChartError {
            Console.error("error: \(data): \(error.description)")
            throw ExitCode.failure
        } catch let error as RenderError {
            Console.error("error: \(error.description)")
            throw ExitCode.failure
        }
    }

    /// Writes the file with one `write`: no temporary copy and no `fsync` (Foundation's
    /// `createFile` does both, which costs more than drawing a line chart).
    private static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        var written = 0
        let complete = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                guard count > 0 else { return false }
                written += count
            }
            return true
        }
        return close(descriptor) == 0 && complete
    }

    private func spec() throws(ChartError) -> ChartSpec {
        func list(_ text: String?) -> [String] { text.map { $0.split(separator: ",").map { $0.trimming(" ") } } ?? [] }
        var spec = ChartSpec(type: type, x: x, y: list(y), series: series, title: title, subtitle: subtitle, xTitle: xTitle, yTitle: yTitle,
                             yFormat: fmt.flatMap(NumberFormat.init(name:)) ?? .auto, width: width, height: height)
        spec.y2 = list(y2)
        spec.size = size
        spec.color = color
        spec.label = label
        spec.target = target
        spec.xScale = xScale
        spec.yScale = yScale
        spec.sort = sort
        spec.bins = bins
        for (kind, values) in [("yLine", yLine), ("xLine", xLine), ("yBand", yBand), ("xBand", xBand), ("mark", mark), ("callout", callout)] {
            for value in values { spec.annotations += try Annotation.parse(kind: kind, value) }
        }
        return spec
    }
}

/// Holds values that are never released (see ``ChartCommand/run()``).
private final class KeptUntilExit {
    let value: Any
    init(_ value: Any) { self.value = value }
}

enum ImageFormat: String, ExpressibleByArgument, CaseIterable {
    case svg, png, pdf
}

extension ChartType: ExpressibleByArgument {}
extension ChartSpec.ScaleKind: ExpressibleByArgument {}
extension ChartSpec.SortOrder: ExpressibleByArgument {}
