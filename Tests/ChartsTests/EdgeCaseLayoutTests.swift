import BICore
import Charts
import Foundation
import TestSupport
import Testing

/// Layouts that must hold on awkward data: labels never overlap, and no data shape breaks a chart.
struct EdgeCaseLayoutTests {
    let measurer = FontMetricsMeasurer()

    /// Axis labels (role `label`) that overlap a neighbour, for unrotated labels by their boxes
    /// and for rotated ones by the distance between their parallel baselines.
    func overlaps(_ scene: Scene) -> [String] {
        var texts: [Text] = []
        scene.root.visit { node in
            if case .group("axis", let children, _) = node {
                texts += children.compactMap { if case .text(let t) = $0, t.paint.role == "label" { t } else { nil } }
            }
        }
        var problems: [String] = []
        let flat = texts.filter { $0.rotation == 0 }
        let boxes = flat.map { text -> Rect in
            let width = measurer.width(of: text.string, font: text.font)
            let left = text.anchor == .start ? text.at.x : text.anchor == .middle ? text.at.x - width / 2 : text.at.x - width
            return Rect(x: left, y: text.at.y - text.font.size * 0.8, width: width, height: text.font.size)
        }
        for i in boxes.indices { for j in boxes.indices where j > i && boxes[i].intersects(boxes[j]) { problems.append("\(flat[i].string) / \(flat[j].string)") } }
        let rotated = texts.filter { $0.rotation != 0 }.sorted { $0.at.x < $1.at.x }
        for (a, b) in zip(rotated, rotated.dropFirst()) where abs(b.at.x - a.at.x) * sin(Double.pi / 4) < a.font.size * 1.15 {
            problems.append("\(a.string) / \(b.string) (rotated)")
        }
        return problems
    }

    func table(_ rows: [(String, Value)]) -> ResultTable {
        ResultTable(columns: [Column("name", .text), Column("value", .real)], rows: rows.map { [.text($0.0), $0.1] })
    }

    @Test(arguments: [ChartType.bar, .horizontalBar, .line, .combo])
    func longCategoryNamesNeverOverlap(_ type: ChartType) throws {
        let names = (1...14).map { "Very long product category name number \($0)" }
        var spec = ChartSpec(type: type, x: "name", y: ["value"], width: 640, height: 320)
        if type == .combo { spec.y2 = ["value"] }
        let scene = try ChartLayout().scene(for: spec, data: table(names.map { ($0, .real(Double($0.count))) }))
        #expect(overlaps(scene) == [])
        let labels = scene.root.texts.filter { $0.string.hasPrefix("Very long") || $0.string.hasSuffix("…") }
        let limit = type == .horizontalBar ? 640 * 0.28 + 1 : 111   // category labels on the left may take 28% of the width
        #expect(!labels.isEmpty && labels.allSatisfy { measurer.width(of: $0.string, font: $0.font) <= limit })
    }

    @Test func tenThousandCategoriesAreThinned() throws {
        let rows = (0..<10_000).map { ("Item \($0)", Value.real(Double($0 % 97))) }
        let scene = try ChartLayout().scene(for: ChartSpec(type: .bar, x: "name", y: ["value"], width: 720, height: 360), data: table(rows))
        #expect(overlaps(scene) == [])
        let labels = scene.root.texts.filter { $0.string.hasPrefix("Item ") }
        #expect(labels.count > 10 && labels.count < 60)
        var bars = 0
        scene.root.visit { if case .rect(_, _, .some) = $0 { bars += 1 } }
        #expect(bars == 10_000)
    }

    @Test(arguments: ChartFixtures.all.map(\.spec))
    func emptyDataDrawsAnEmptyChart(_ spec: ChartSpec) throws {
        let fixture = try #require(ChartFixtures.all.first { $0.spec == spec })
        let empty = ResultTable(columns: fixture.data.columns, cells: [])
        let scene = try ChartLayout().scene(for: spec, data: empty)
        #expect(scene.width == spec.width)
        let svg = SVGRenderer().render(scene)
        #expect(!svg.contains("nan") && !svg.contains("inf"))
    }

    @Test(arguments: ChartFixtures.all.map(\.spec))
    func aSingleRowDraws(_ spec: ChartSpec) throws {
        let fixture = try #require(ChartFixtures.all.first { $0.spec == spec })
        let one = ResultTable(columns: fixture.data.columns, cells: Array(fixture.data.row(0)))
        let svg = SVGRenderer().render(try ChartLayout().scene(for: spec, data: one))
        #expect(!svg.contains("nan") && !svg.contains("inf"))
    }

    @Test(arguments: [ChartType.bar, .line, .area, .scatter, .histogram, .heatmap, .pie, .treemap])
    func allEqualValuesKeepAVisibleScale(_ type: ChartType) throws {
        let data = ResultTable(columns: [Column("name", .text), Column("group", .text), Column("value", .real)],
                               rows: (0..<5).map { [.text("n\($0)"), .text("g"), .real(42)] })
        var spec = ChartSpec(type: type, x: type == .scatter || type == .histogram ? "value" : "name", y: [type == .heatmap ? "group" : "value"])
        spec.color = "value"
        let scene = try ChartLayout().scene(for: spec, data: data)
        let svg = SVGRenderer().render(scene)
        #expect(!svg.contains("nan") && !svg.contains("inf"))
        if type == .bar {
            var heights: [Double] = []
            scene.root.visit { if case .rect(let rect, _, .some) = $0 { heights.append(rect.height) } }
            #expect(heights.count == 5 && Set(heights).count == 1 && heights[0] > 100)
        }
    }

    @Test func negativeAndNullValuesInEveryCartesianType() throws {
        let data = table([("a", .real(-5)), ("b", .null), ("c", .real(12)), ("d", .real(-1))])
        for type in [ChartType.bar, .horizontalBar, .line, .area, .stackedBar, .waterfall, .funnel, .pie, .radar] {
            let scene = try ChartLayout().scene(for: ChartSpec(type: type, x: "name", y: ["value"]), data: data)
            let svg = SVGRenderer().render(scene)
            #expect(!svg.contains("nan") && !svg.contains("inf"), "\(type)")
        }
        let pie = try ChartLayout().scene(for: ChartSpec(type: .pie, x: "name", y: ["value"]), data: data)
        #expect(pie.description == "Pie chart of value by name: c 100% of 12. 3 missing, zero or negative values are not shown.")
    }

    @Test func aLongLineIsDownsampled() throws {
        let count = 200_000
        var cells: [Value] = []
        cells.reserveCapacity(count * 2)
        var y = 0.0
        for i in 0..<count {
            y += Double((i * 7919) % 13) - 6
            cells.append(.integer(Int64(i)))
            cells.append(.real(y))
        }
        let data = ResultTable(columns: [Column("x", .integer), Column("y", .real)], cells: cells)
        let scene = try ChartLayout().scene(for: ChartSpec(type: .line, x: "x", y: ["y"]), data: data)
        let svg = SVGRenderer().render(scene)
        #expect(svg.utf8.count < 100_000)
        #expect(scene.description.hasSuffix("200,000 points, from -12 (2) to 0 (6). Drawn from 1279 points per series, chosen to keep the line's shape."))
    }

    @Test func aDenseScatterIsBinned() throws {
        var cells: [Value] = []
        for i in 0..<50_000 { cells += [.real(Double(i % 500)), .real(Double((i * 31) % 400))] }
        let data = ResultTable(columns: [Column("x", .real), Column("y", .real)], cells: cells)
        let scene = try ChartLayout().scene(for: ChartSpec(type: .scatter, x: "x", y: ["y"]), data: data)
        #expect(scene.root.markCount < 50_000)
        #expect(scene.description.contains("binned to 2-point cells"))
    }

    /// Bins are read off the grid row by row: top to bottom, left to right, every point counted,
    /// and the same scene whatever order the rows come in.
    @Test func binnedDotsComeInGridOrderWhateverTheRowOrder() throws {
        let rows = (0..<20_000).map { i in [Value.real(Double(i % 500)), .real(Double((i * 31) % 400))] }
        func scene(_ rows: [[Value]]) throws -> Scene {
            try ChartLayout().scene(for: ChartSpec(type: .scatter, x: "x", y: ["y"]),
                                    data: ResultTable(columns: [Column("x", .real), Column("y", .real)], rows: rows))
        }
        let binned = try scene(rows)
        var centres: [Point] = [], tooltip: String?
        binned.root.visit {
            if case .group("bins", let dots, let text) = $0 {
                tooltip = text
                for case .circle(let centre, _, _, _) in dots { centres.append(centre) }
            }
        }
        #expect(!centres.isEmpty)
        #expect(zip(centres, centres.dropFirst()).allSatisfy { ($0.y, $0.x) < ($1.y, $1.x) })
        #expect(tooltip == "20,000 points in \(centres.count) dots")
        #expect(try scene(rows.reversed()) == binned)
    }

    /// A band over a long series is thinned like the line, and missing edges leave gaps.
    @Test func aLongIntervalBandIsThinnedAndBrokenAtGaps() throws {
        var cells: [Value] = []
        for i in 0..<100_000 {
            let y = Double(i % 97)
            cells += [.integer(Int64(i)), .real(y), i == 50_000 ? .null : .real(y - 5), .real(y + 5)]
        }
        let data = ResultTable(columns: [Column("x", .integer), Column("y", .real), Column("low", .real), Column("high", .real)], cells: cells)
        var spec = ChartSpec(type: .line, x: "x", y: ["y"])
        spec.bands = [IntervalBand(lower: "low", upper: "high", label: "Range")]
        let scene = try ChartLayout().scene(for: spec, data: data)
        var band: Path?
        scene.root.visit { if case .path(let path, nil, _, "Range") = $0 { band = path } }
        #expect(band?.elements.count { if case .move = $0 { true } else { false } } == 2)
        #expect(SVGRenderer().render(scene).utf8.count < 150_000)
        #expect(scene.description.hasSuffix("Shaded: Range."))
    }

    @Test func bandsNeedNamedLinesWithoutASeriesSplit() {
        var spec = ChartSpec(type: .line, x: "month", y: ["revenue"], series: "region")
        spec.bands = [IntervalBand(lower: "low", upper: "high")]
        #expect(throws: ChartError(.unsupported("interval bands need the lines named in y, without a series split or stacking"))) {
            try ChartLayout().scene(for: spec, data: ChartFixtures.monthly)
        }
    }
}
