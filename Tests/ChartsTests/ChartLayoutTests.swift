import BICore
import Charts
import Foundation
import Testing

struct ChartLayoutTests {
    let data = ResultTable(columns: [Column("region", .text), Column("revenue", .real)],
                           rows: [[.text("North"), .real(65.5)], [.text("South"), .real(152)]])

    /// The rectangles a scene draws for data (those with tooltips).
    func bars(_ scene: Scene) -> [(Rect, String)] {
        var found: [(Rect, String)] = []
        scene.root.visit { node in
            if case .rect(let rect, _, let tooltip?) = node { found.append((rect, tooltip)) }
        }
        return found
    }

    @Test func barHeightsAreProportionalToValues() throws {
        let scene = try ChartLayout().scene(for: ChartSpec(type: .bar, x: "region", y: ["revenue"]), data: data)
        let drawn = bars(scene)
        #expect(drawn.map(\.1) == ["North: 65.5", "South: 152"])
        let ratio = drawn[0].0.height / drawn[1].0.height
        #expect(abs(ratio - 65.5 / 152) < 0.001)
        #expect(abs(drawn[0].0.maxY - drawn[1].0.maxY) < 0.001)   // same baseline
    }

    @Test func negativeBarsHangBelowZero() throws {
        let table = ResultTable(columns: [Column("k", .text), Column("v", .integer)], rows: [[.text("a"), .integer(-10)], [.text("b"), .integer(20)]])
        let drawn = bars(try ChartLayout().scene(for: ChartSpec(type: .bar, x: "k", y: ["v"]), data: table))
        #expect(abs(drawn[0].0.y - drawn[1].0.maxY) < 0.001)   // a starts where b ends: at zero
        #expect(abs(drawn[0].0.height * 2 - drawn[1].0.height) < 0.001)
    }

    @Test func stackedPercentBarsFillTheAxis() throws {
        let table = ResultTable(columns: [Column("k", .text), Column("s", .text), Column("v", .real)],
                                rows: [[.text("a"), .text("x"), .real(1)], [.text("a"), .text("y"), .real(3)]])
        let drawn = bars(try ChartLayout().scene(for: ChartSpec(type: .stackedBar100, x: "k", y: ["v"], series: "s"), data: table))
        #expect(drawn.map(\.1) == ["a · x: 1 (25.0%)", "a · y: 3 (75.0%)"])
        #expect(abs(drawn[1].0.height - 3 * drawn[0].0.height) < 0.001)
    }

    @Test func svgIsAccessibleAndCarriesTooltips() throws {
        let spec = ChartSpec(type: .bar, x: "region", y: ["revenue"], title: "Revenue & more")
        let svg = SVGRenderer().render(try ChartLayout().scene(for: spec, data: data), id: "c1")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bi-chart\" viewBox=\"0 0 720 360\""))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"c1-title c1-desc\""))
        #expect(svg.contains("<title id=\"c1-title\">Revenue &amp; more</title>"))
        #expect(svg.contains("<desc id=\"c1-desc\">Bar chart of revenue by region, 2 categories, from 65.5 (North) to 152 (South).</desc>"))
        #expect(svg.contains("<title>South: 152</title>"))
        #expect(svg.contains("font-family=\"DejaVu Sans, Verdana, sans-serif\""))
    }

    @Test func missingColumnsAreReported() {
        #expect(throws: ChartError(.missingColumn("revenu", available: ["region", "revenue"]))) {
            try ChartLayout().scene(for: ChartSpec(type: .line, x: "region", y: ["revenu"]), data: data)
        }
    }

    @Test func lineGapsAtNulls() throws {
        let table = ResultTable(columns: [Column("m", .text), Column("v", .real)],
                                rows: [[.text("a"), .real(1)], [.text("b"), .null], [.text("c"), .real(3)], [.text("d"), .real(4)]])
        let scene = try ChartLayout().scene(for: ChartSpec(type: .line, x: "m", y: ["v"]), data: table)
        var moves: [Int] = []
        scene.root.visit { node in
            if case .path(let path, let stroke?, nil, "v") = node, stroke.width == 2 {
                moves.append(path.elements.filter { if case .move = $0 { true } else { false } }.count)
            }
        }
        #expect(moves == [2])
    }

    /// Nulls at the start, in a row and at the end: each stretch of values is a run of its own.
    @Test func lineRunsBetweenNulls() throws {
        let values: [Value] = [.null, .real(1), .real(2), .null, .null, .real(5), .real(6), .null]
        let table = ResultTable(columns: [Column("x", .integer), Column("v", .real)], rows: values.indices.map { [.integer(Int64($0)), values[$0]] })
        let scene = try ChartLayout().scene(for: ChartSpec(type: .line, x: "x", y: ["v"]), data: table)
        var elements: [[Path.Element]] = []
        scene.root.visit { node in
            if case .path(let path, let stroke?, nil, "v") = node, stroke.width == 2 { elements.append(path.elements) }
        }
        #expect(elements.count == 1)
        #expect(elements.first.map { $0.map { if case .move = $0 { "M" } else { "L" } }.joined() } == "MLML")
    }

    @Test func niceTicks() {
        var scale = LinearScale(covering: [3, 97], range: 0...100, includeZero: true, flipped: false)
        scale.nice(count: 5)
        #expect(scale.domain == 0...100)
        #expect(scale.ticks(count: 5) == [0, 20, 40, 60, 80, 100])
        var small = LinearScale(covering: [0.1, 0.33], range: 0...1, includeZero: false, flipped: false)
        small.nice(count: 4)
        #expect(small.ticks(count: 4) == [0.1, 0.2, 0.3, 0.4])
    }

    @Test func timeTicksFallOnCalendarBoundaries() {
        let scale = TimeScale(covering: [Temporal.days("2023-01-01")!, Temporal.days("2025-12-01")!], range: 0...600)
        #expect(scale.ticks(count: 4).map(\.label) == ["2023", "2024", "2025"])
        let months = TimeScale(covering: [Temporal.days("2025-01-01")!, Temporal.days("2025-12-01")!], range: 0...600)
        #expect(months.ticks(count: 5).map(\.label) == ["Jan 2025", "Apr", "Jul", "Oct"])
        let days = TimeScale(covering: [Temporal.days("2025-03-03")!, Temporal.days("2025-03-30")!], range: 0...600)
        #expect(days.ticks(count: 5).map(\.label) == ["Mar 3, 2025", "Mar 10", "Mar 17", "Mar 24"])
    }

    @Test func logTicksArePowersOfTen() {
        let scale = LogScale(covering: [3, 4200], range: 0...100, flipped: false)
        #expect(scale.ticks(count: 5, format: .auto).map(\.label) == ["1", "10", "100", "1K", "10K"])
    }

    @Test func lttbKeepsEndsAndExtremes() {
        let xs = (0..<1000).map(Double.init)
        let ys = xs.map { $0 == 500 ? 1000 : ($0 == 700 ? -1000 : sin($0 / 50)) }
        let kept = LTTB.indexes(xs: xs[...], ys: ys[...], threshold: 50)
        #expect(kept.count == 50)
        #expect(kept.first == 0 && kept.last == 999)
        #expect(kept.contains(500) && kept.contains(700))
        // A run after a gap is a slice that starts later: the same points, as indexes of the whole series.
        let offset = 123
        let later = LTTB.indexes(xs: ([Double](repeating: .nan, count: offset) + xs)[offset...],
                                 ys: ([Double](repeating: .nan, count: offset) + ys)[offset...], threshold: 50)
        #expect(later == kept.map { $0 + offset })
    }

    @Test func annotationsParse() throws {
        #expect(try Annotation.parse(kind: "yLine", "1000000 Sales goal") == [.referenceLine(.y, .number(1_000_000), label: "Sales goal")])
        #expect(try Annotation.parse(kind: "xBand", "2024-08-12..2024-08-18 Outage; 2025-06-10..2025-06-11") == [
            .referenceArea(.x, from: .text("2024-08-12"), to: .text("2024-08-18"), label: "Outage"),
            .referenceArea(.x, from: .text("2025-06-10"), to: .text("2025-06-11"), label: nil)])
        #expect(try Annotation.parse(kind: "callout", "2025-06,120 Flash sale") == [.callout(x: .text("2025-06"), y: 120, label: "Flash sale")])
        #expect(throws: ChartError(.badAnnotation("xBand", "2024", hint: "write FROM..TO, then a label"))) {
            try Annotation.parse(kind: "xBand", "2024")
        }
    }
}

extension ChartLayoutTests {
    @Test func marksOfLinkedCategoriesBecomeLinks() throws {
        let scene = try ChartLayout().scene(for: ChartSpec(type: .bar, x: "region", y: ["revenue"]), data: data)
            .linking(["South": "regions/south.html"])
        let svg = SVGRenderer().render(scene, id: "c")
        #expect(svg.contains("<a href=\"regions/south.html\"><rect "))
        #expect(svg.components(separatedBy: "<a href=").count == 2)   // North has no page
    }
}
