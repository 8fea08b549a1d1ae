/// What to paint, in points, top-left origin: the one description every backend draws
/// (SVG text for pages, Cairo for PNG and PDF).
public struct Scene: Hashable, Sendable {
    public var width: Double
    public var height: Double
    /// Short accessible name (the chart title, or a generated one).
    public var title: String
    /// A text alternative describing what the chart shows.
    public var description: String
    public var root: Node

    public init(width: Double, height: Double, title: String, description: String, root: Node) {
        self.width = width
        self.height = height
        self.title = title
        self.description = description
        self.root = root
    }

    public indirect enum Node: Hashable, Sendable {
        /// A group; `role` becomes the CSS class in SVG (`axis`, `marks`, `legend`).
        case group(role: String, children: [Node])
        /// A rectangle, with a tooltip naming the datum it shows.
        case rect(Rect, fill: Paint, tooltip: String?)
        /// An open or closed path.
        case path(Path, stroke: Stroke?, fill: Paint?, tooltip: String?)
        case circle(center: Point, radius: Double, fill: Paint, tooltip: String?)
        case text(Text)
    }
}

public struct Point: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

public struct Rect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

/// A path made of straight segments: one or more runs of points (a gap in the data starts a new run).
public struct Path: Hashable, Sendable {
    public var runs: [[Point]]
    public var isClosed: Bool
    public init(runs: [[Point]], isClosed: Bool = false) {
        self.runs = runs
        self.isClosed = isClosed
    }
}

/// A colour and the theme role it plays, so pages can restyle it (dark mode) by class.
public struct Paint: Hashable, Sendable {
    /// `#rrggbb`.
    public var color: String
    public var opacity: Double
    /// CSS class in SVG (`series-0`, `grid`, `axis-label`).
    public var role: String

    public init(_ color: String, opacity: Double = 1, role: String) {
        self.color = color
        self.opacity = opacity
        self.role = role
    }
}

public struct Stroke: Hashable, Sendable {
    public var paint: Paint
    public var width: Double
    public var dash: [Double]

    public init(_ paint: Paint, width: Double, dash: [Double] = []) {
        self.paint = paint
        self.width = width
        self.dash = dash
    }
}

public struct Text: Hashable, Sendable {
    public enum Anchor: String, Hashable, Sendable { case start, middle, end }

    public var string: String
    /// The baseline position of the anchor point.
    public var at: Point
    public var font: Font
    public var anchor: Anchor
    public var paint: Paint
    /// Degrees, clockwise, around `at`.
    public var rotation: Double

    public init(_ string: String, at: Point, font: Font, anchor: Anchor = .start, paint: Paint, rotation: Double = 0) {
        self.string = string
        self.at = at
        self.font = font
        self.anchor = anchor
        self.paint = paint
        self.rotation = rotation
    }
}

public struct Font: Hashable, Sendable {
    public var size: Double
    public var isBold: Bool
    public init(size: Double, bold: Bool = false) {
        self.size = size
        isBold = bold
    }
}
