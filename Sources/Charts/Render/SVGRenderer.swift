import BICore

/// Writes a ``Scene`` as an SVG document: responsive `viewBox`, `role="img"` with `<title>` and
/// `<desc>`, a `<title>` per mark for tooltips, and CSS classes that let a page restyle it: a fill
/// carries its role (`series-0`), a stroke its role with `-stroke` (`grid-stroke`).
///
/// ```swift
/// let svg = SVGRenderer().render(scene, id: "chart-1")   // "<svg xmlns=… role=\"img\" …"
/// ```
public struct SVGRenderer: Sendable {
    /// Whether to paint the scene's background: off for SVG inlined in pages (the page's own
    /// background shows, and dark mode restyles the chart), on for standalone files.
    public var paintsBackground: Bool

    public init(paintsBackground: Bool = false) { self.paintsBackground = paintsBackground }

    /// - Parameter id: a prefix for element ids, unique within the page the SVG is inlined in.
    public func render(_ scene: Scene, id: String = "chart") -> String {
        var out = SVGWriter(capacity: 4096 + scene.root.markCount * 64)
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bi-chart\" viewBox=\"0 0 ")
        out.append(number: scene.width)
        out.append(" ")
        out.append(number: scene.height)
        out.append("\" width=\"")
        out.append(number: scene.width)
        out.append("\" height=\"")
        out.append(number: scene.height)
        out.append("\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"\(Font.family), Verdana, sans-serif\">")
        out.append("<title id=\"\(id)-title\">")
        out.appendEscaped(scene.title)
        out.append("</title><desc id=\"\(id)-desc\">")
        out.appendEscaped(scene.description)
        out.append("</desc>")
        if paintsBackground { write(.rect(Rect(x: 0, y: 0, width: scene.width, height: scene.height), fill: scene.background, tooltip: nil), to: &out) }
        write(scene.root, to: &out)
        out.append("</svg>")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    private func write(_ node: Scene.Node, to out: inout SVGWriter) {
        switch node {
        case .link(let href, let node):
            out.append("<a href=\"")
            out.appendEscaped(href)
            out.append("\">")
            write(node, to: &out)
            out.append("</a>")
        case .group(let role, let children, let tooltip):
            out.append("<g class=\"\(role)\">")
            if let tooltip {
                out.append("<title>")
                out.appendEscaped(tooltip)
                out.append("</title>")
            }
            for child in children { write(child, to: &out) }
            out.append("</g>")
        case .rect(let rect, let fill, let tooltip):
            out.append("<rect x=\"")
            out.append(number: rect.x)
            out.append("\" y=\"")
            out.append(number: rect.y)
            out.append("\" width=\"")
            out.append(number: rect.width)
            out.append("\" height=\"")
            out.append(number: rect.height)
            out.append("\"")
            paint(fill: fill, stroke: nil, to: &out)
            close(tooltip, element: "rect", to: &out)
        case .path(let path, let stroke, let fill, let tooltip):
            out.append("<path d=\"")
            pathData(path, to: &out)
            out.append("\"")
            if fill == nil { out.append(" fill=\"none\"") }
            if fill != nil, path.elements.filter({ if case .move = $0 { true } else { false } }).count > 1 { out.append(" fill-rule=\"evenodd\"") }
            if let stroke {
                out.append(" stroke-width=\"")
                out.append(number: stroke.width)
                out.append("\"")
                if !stroke.dash.isEmpty {
                    out.append(" stroke-dasharray=\"")
                    for (index, length) in stroke.dash.enumerated() {
                        if index > 0 { out.append(" ") }
                        out.append(number: length)
                    }
                    out.append("\"")
                }
                out.append(" stroke-linejoin=\"round\" stroke-linecap=\"round\"")
            }
            paint(fill: fill, stroke: stroke?.paint, to: &out)
            close(tooltip, element: "path", to: &out)
        case .circle(let center, let radius, let fill, let tooltip):
            out.append("<circle cx=\"")
            out.append(number: center.x)
            out.append("\" cy=\"")
            out.append(number: center.y)
            out.append("\" r=\"")
            out.append(number: radius)
            out.append("\"")
            paint(fill: fill, stroke: nil, to: &out)
            close(tooltip, element: "circle", to: &out)
        case .text(let text):
            out.append("<text x=\"")
            out.append(number: text.at.x)
            out.append("\" y=\"")
            out.append(number: text.at.y)
            out.append("\" font-size=\"")
            out.append(number: text.font.size)
            out.append("\"")
            if text.font.isBold { out.append(" font-weight=\"bold\"") }
            if text.anchor != .start { out.append(" text-anchor=\"\(text.anchor.rawValue)\"") }
            if text.rotation != 0 {
                out.append(" transform=\"rotate(")
                out.append(number: text.rotation)
                out.append(" ")
                out.append(number: text.at.x)
                out.append(" ")
                out.append(number: text.at.y)
                out.append(")\"")
            }
            paint(fill: text.paint, stroke: nil, to: &out)
            out.append(">")
            out.appendEscaped(text.string)
            out.append("</text>")
        }
    }

    /// Colour attributes and the class that names their roles, appended piece by piece: a dense
    /// scatter has tens of thousands of marks, and building strings per mark cost more than writing them.
    private func paint(fill: Paint?, stroke: Paint?, to out: inout SVGWriter) {
        if let fill {
            out.append(" fill=\"")
            out.append(fill.color)
            out.append("\"")
            if fill.opacity < 1 {
                out.append(" fill-opacity=\"")
                out.append(number: fill.opacity)
                out.append("\"")
            }
        }
        if let stroke {
            out.append(" stroke=\"")
            out.append(stroke.color)
            out.append("\"")
            if stroke.opacity < 1 {
                out.append(" stroke-opacity=\"")
                out.append(number: stroke.opacity)
                out.append("\"")
            }
        }
        out.append(" class=\"")
        if let fill { out.append(fill.role) }
        if let stroke {
            if fill != nil { out.append(" ") }
            out.append(stroke.role)
            out.append("-stroke")
        }
        out.append("\"")
    }

    private func close(_ tooltip: String?, element: String, to out: inout SVGWriter) {
        guard let tooltip else { return out.append("/>") }
        out.append("><title>")
        out.appendEscaped(tooltip)
        out.append("</title></\(element)>")
    }

    private func pathData(_ path: Path, to out: inout SVGWriter) {
        for element in path.elements {
            switch element {
            case .move(let p):
                out.append(UInt8(ascii: "M"))
                point(p, to: &out)
            case .line(let p):
                out.append(UInt8(ascii: "L"))
                point(p, to: &out)
            case .curve(let a, let b, let c):
                out.append(UInt8(ascii: "C"))
                point(a, to: &out)
                out.append(UInt8(ascii: " "))
                point(b, to: &out)
                out.append(UInt8(ascii: " "))
                point(c, to: &out)
            case .close:
                out.append(UInt8(ascii: "Z"))
            }
        }
    }

    private func point(_ point: Point, to out: inout SVGWriter) {
        out.append(number: point.x)
        out.append(UInt8(ascii: ","))
        out.append(number: point.y)
    }
}
