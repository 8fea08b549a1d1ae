import Charts
import TestSupport
import Testing

/// The SVG of every chart type over a small fixed data set, compared byte for byte. The layout
/// uses the built-in DejaVu metrics (no Pango), so the snapshots hold on any machine.
struct ChartSnapshotTests {
    @Test(arguments: ChartFixtures.all.map(\.name))
    func svgOfEveryType(_ name: String) throws {
        let fixture = try #require(ChartFixtures.all.first { $0.name == name })
        let scene = try ChartLayout().scene(for: fixture.spec, data: fixture.data)
        assertSnapshot(SVGRenderer().render(scene, id: name), named: name)
    }

    @Test func darkThemeSnapshot() throws {
        let fixture = try #require(ChartFixtures.all.first { $0.name == "line" })
        let scene = try ChartLayout(theme: .dark).scene(for: fixture.spec, data: fixture.data)
        assertSnapshot(SVGRenderer().render(scene, id: "dark"), named: "line-dark")
    }

    @Test func everyTypeHasAFixture() {
        #expect(Set(ChartFixtures.all.map(\.spec.type)) == Set(ChartType.allCases))
    }
}
