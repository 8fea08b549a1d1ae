import BICore
import Charts
import Testing

struct ChartLayoutTests {
    let data = ResultTable(columns: [Column("region", .text), Column("revenue", .real)],
                           rows: [[.text("North"), .real(65.5)], [.text("South"), .real(152)]])

    /// The bars a scene draws, with their tooltips.
    func bars(_ scene: Scene) -> [(Rect, String)] {
        func walk(_ node: Scene.Node) -> [(Rect, String)] {
            switch node {
            case .group(_, let children): children.flatMap(walk)
            case .rect(let rect, _, let tooltip?): [(rect, tooltip)]
            default: []
            }
        }
        return walk(scene.root)
    }

    @Test func barHeightsAreProportionalToValues() throws {
        let scene = try ChartLayout().scene(for: ChartSpec(type: .bar, x: "region", y: ["revenue"]), data: data)
        let drawn = bars(scene)
        #expect(drawn.map(\.1) == ["North: 65.5", "South: 152"])
        let ratio = drawn[0].0.height / drawn[1].0.height
        #expect(abs(ratio - 65.5 / 152) < 0.001)
        #expect(abs((drawn[0].0.y + drawn[0].0.height) - (drawn[1].0.y + drawn[1].0.height)) < 0.001)   // same baseline
    }

    @Test func negativeBarsHangBelowZero() throws {
        let table = ResultTable(columns: [Column("k", .text), Column("v", .integer)], rows: [[.text("a"), .integer(-10)], [.text("b"), .integer(20)]])
        let drawn = bars(try ChartLayout().scene(for: ChartSpec(type: .bar, x: "k", y: ["v"]), data: table))
        #expect(abs(drawn[0].0.y - (drawn[1].0.y + drawn[1].0.height)) < 0.001)   // a starts where b ends: at zero
        #expect(abs(drawn[0].0.height * 2 - drawn[1].0.height) < 0.001)
    }

    @Test func svgIsAccessibleAndCarriesTooltips() throws {
        let spec = ChartSpec(type: .bar, x: "region", y: ["revenue"], title: "Revenue & more")
        let svg = SVGRenderer().render(try ChartLayout().scene(for: spec, data: data), id: "c1")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bi-chart\" viewBox=\"0 0 720 360\""))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"c1-title c1-desc\""))
        #expect(svg.contains("<title id=\"c1-title\">Revenue &amp; more</title>"))
        #expect(svg.contains("<desc id=\"c1-desc\">Bar chart of revenue by region, 2 categories, from 65.5 (North) to 152 (South).</desc>"))
        #expect(svg.contains("<title>South: 152</title>"))
    }

    @Test func missingColumnsAreReported() {
        #expect(throws: ChartError(.missingColumn("revenu", available: ["region", "revenue"]))) {
            try ChartLayout().scene(for: ChartSpec(type: .line, x: "region", y: ["revenu"]), data: data)
        }
    }

    @Test func lineGapsAtNulls() throws {
        let table = ResultTable(columns: [Column("m", .text), Column("v", .real)],
                                rows: [[.text("1"), .real(1)], [.text("2"), .null], [.text("3"), .real(3)], [.text("4"), .real(4)]])
        let scene = try ChartLayout().scene(for: ChartSpec(type: .line, x: "m", y: ["v"]), data: table)
        func paths(_ node: Scene.Node) -> [Path] {
            switch node {
            case .group(_, let children): children.flatMap(paths)
            case .path(let path, _, _, let tooltip) where tooltip != nil: [path]
            default: []
            }
        }
        #expect(paths(scene.root).first?.runs.map(\.count) == [1, 2])
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
}
