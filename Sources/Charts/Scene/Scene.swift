/// What to paint, in points, top-left origin: the one description every backend draws
/// (``SVGRenderer`` for pages, the Cairo renderer in `ChartsCairo` for PNG and PDF).
///
/// ```swift
/// let scene = try ChartLayout().scene(for: spec, data: table)
/// let svg = SVGRenderer().render(scene, id: "revenue")
/// ```
public struct Scene: Hashable, Sendable {
    public var width: Double
    public var height: Double
    /// Short accessible name (the chart title, or a generated one).
    public var title: String
    /// A text alternative describing what the chart shows.
    public var description: String
    /// The colour raster and print backends paint under everything; SVG stays transparent
    /// so the page's own background shows.
    public var background: Paint
    public var root: Node

    public init(width: Double, height: Double, title: String, description: String,
                background: Paint = Paint("#ffffff", role: "background"), root: Node) {
        self.width = width
        self.height = height
        self.title = title
        self.description = description
        self.background = background
        self.root = root
    }

    /// A mark or a group of marks. Marks that show a datum carry it as `tooltip`
    /// (a `<title>` in SVG), so every bar, point and slice names its value.
    public indirect enum Node: Hashable, Sendable {
        /// A group; `role` becomes the CSS class in SVG (`axis`, `marks`, `legend`).
        case group(role: String, children: [Node], tooltip: String? = nil)
        case rect(Rect, fill: Paint, tooltip: String?)
        /// An open or closed path; fills use the even-odd rule, so holes stay holes.
        case path(Path, stroke: Stroke?, fill: Paint?, tooltip: String?)
        case circle(center: Point, radius: Double, fill: Paint, tooltip: String?)
        case text(Text)
        /// A mark that leads to another page (drill-down): `<a href>` in SVG.
        case link(href: String, node: Node)
    }
}

extension Scene.Node {
    /// Every node of the tree, depth first, this one included.
    public func visit(_ body: (Scene.Node) -> Void) {
        body(self)
        switch self {
        case .group(_, let children, _): for child in children { child.visit(body) }
        case .link(_, let node): node.visit(body)
        default: break
        }
    }

    /// The text nodes of the tree, in drawing order.
    public var texts: [Text] {
        var found: [Text] = []
        visit { if case .text(let text) = $0 { found.append(text) } }
        return found
    }

    /// How many marks (rectangles, paths, circles) the tree draws.
    public var markCount: Int {
        var count = 0
        visit {
            switch $0 {
            case .rect, .path, .circle: count += 1
            case .group, .text, .link: break
            }
        }
        return count
    }
}

extension Scene {
    /// The scene with each mark that shows one of `links`' categories wrapped in a link to its page.
    /// A mark names its category at the start of its tooltip (`Nova Phone: $1,234`,
    /// `Nova Phone · 2025: $1,234`), which is how it is matched.
    public func linking(_ links: [String: String]) -> Scene {
        guard !links.isEmpty else { return self }
        func link(_ node: Node) -> Node {
            switch node {
            case .group(let role, let children, let tooltip): return .group(role: role, children: children.map(link), tooltip: tooltip)
            case .rect(_, _, let tooltip?), .path(_, _, _, let tooltip?), .circle(_, _, _, let tooltip?):
                let category = tooltip.split(separator: ":", maxSplits: 1).first.map { String($0.split(separator: " · ").first ?? $0) } ?? tooltip
                return links[category].map { .link(href: $0, node: node) } ?? node
            default: return node
            }
        }
        var linked = self
        linked.root = link(root)
        return linked
    }
}
