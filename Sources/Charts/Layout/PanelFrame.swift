/// The furniture of a chart without axes (pie, treemap, map…): header, legend or colour ramp, and
/// the free area below them that the marks fill.
struct PanelFrame {
    let nodes: [Scene.Node]
    let content: Rect

    init(layout: ChartLayout, spec: ChartSpec, legend: [Legend.Entry] = [], ramp: ColorRamp.Range? = nil, margin: Double = 12) {
        let header = Header(title: spec.title, subtitle: spec.subtitle, theme: layout.theme, measurer: layout.measurer, width: spec.width)
        var nodes = header.nodes
        var top = header.bottom
        if !legend.isEmpty {
            let block = Legend(entries: legend, theme: layout.theme, measurer: layout.measurer, origin: Point(12, top + 6), maxWidth: spec.width - 24)
            nodes.append(block.node)
            top = block.bottom
        }
        if let ramp {
            let block = ColorRamp(ramp, theme: layout.theme, measurer: layout.measurer, origin: Point(12, top + 6))
            nodes.append(block.node)
            top = block.bottom
        }
        top += margin
        self.nodes = nodes
        content = Rect(x: margin, y: top, width: Swift.max(10, spec.width - 2 * margin), height: Swift.max(10, spec.height - top - margin))
    }

    func root(marks: [Scene.Node]) -> Scene.Node {
        .group(role: "chart", children: nodes + [.group(role: "marks", children: marks)])
    }
}
