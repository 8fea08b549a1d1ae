import BICore

/// Writes a ``Scene`` as an SVG document: responsive `viewBox`, `role="img"` with `<title>` and
/// `<desc>`, a `<title>` per mark for tooltips, and CSS classes that let a page restyle it.
public struct SVGRenderer: Sendable {
    public init() {}

    /// - Parameter id: a prefix for element ids, unique within the page the SVG is inlined in.
    public func render(_ scene: Scene, id: String = "chart") -> String {
        var out = ""
        out.reserveCapacity(4096)
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bi-chart\" viewBox=\"0 0 \(n(scene.width)) \(n(scene.height))\""
        out += " width=\"\(n(scene.width))\" height=\"\(n(scene.height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""
        out += " font-family=\"DejaVu Sans, Verdana, sans-serif\">"
        out += "<title id=\"\(id)-title\">\(escape(scene.title))</title><desc id=\"\(id)-desc\">\(escape(scene.description))</desc>"
        write(scene.root, to: &out)
        out += "</svg>"
        return out
    }

    private func write(_ node: Scene.Node, to out: inout String) {
        switch node {
        case .group(let role, let children):
            out += "<g class=\"\(role)\">"
            for child in children { write(child, to: &out) }
            out += "</g>"
        case .rect(let rect, let fill, let tooltip):
            out += "<rect x=\"\(n(rect.x))\" y=\"\(n(rect.y))\" width=\"\(n(rect.width))\" height=\"\(n(rect.height))\"\(fillAttributes(fill))"
            close(tooltip, element: "rect", to: &out)
        case .path(let path, let stroke, let fill, let tooltip):
            out += "<path d=\"\(pathData(path))\""
            out += fill.map(fillAttributes) ?? " fill=\"none\""
            if let stroke {
                out += " stroke=\"\(stroke.paint.color)\" stroke-width=\"\(n(stroke.width))\""
                if stroke.paint.opacity < 1 { out += " stroke-opacity=\"\(n(stroke.paint.opacity))\"" }
                if !stroke.dash.isEmpty { out += " stroke-dasharray=\"\(stroke.dash.map(n).joined(separator: " "))\"" }
                out += " stroke-linejoin=\"round\" stroke-linecap=\"round\""
                if fill == nil { out += " class=\"\(stroke.paint.role)\"" }
            }
            close(tooltip, element: "path", to: &out)
        case .circle(let center, let radius, let fill, let tooltip):
            out += "<circle cx=\"\(n(center.x))\" cy=\"\(n(center.y))\" r=\"\(n(radius))\"\(fillAttributes(fill))"
            close(tooltip, element: "circle", to: &out)
        case .text(let text):
            out += "<text x=\"\(n(text.at.x))\" y=\"\(n(text.at.y))\" font-size=\"\(n(text.font.size))\""
            if text.font.isBold { out += " font-weight=\"bold\"" }
            if text.anchor != .start { out += " text-anchor=\"\(text.anchor.rawValue)\"" }
            if text.rotation != 0 { out += " transform=\"rotate(\(n(text.rotation)) \(n(text.at.x)) \(n(text.at.y)))\"" }
            out += "\(fillAttributes(text.paint))>\(escape(text.string))</text>"
        }
    }

    private func close(_ tooltip: String?, element: String, to out: inout String) {
        if let tooltip {
            out += "><title>\(escape(tooltip))</title></\(element)>"
        } else {
            out += "/>"
        }
    }

    private func fillAttributes(_ paint: Paint) -> String {
        " fill=\"\(paint.color)\"" + (paint.opacity < 1 ? " fill-opacity=\"\(n(paint.opacity))\"" : "") + " class=\"\(paint.role)\""
    }

    private func pathData(_ path: Path) -> String {
        var data = ""
        for run in path.runs {
            for (index, point) in run.enumerated() {
                data += (index == 0 ? "M" : "L") + n(point.x) + "," + n(point.y)
            }
            if path.isClosed { data += "Z" }
        }
        return data
    }

    /// Coordinates with at most two decimals: small files, stable bytes.
    private func n(_ value: Double) -> String { NumberFormat.trimmed(value, maxDecimals: 2) }

    private func escape(_ text: String) -> String { text.xmlEscaped }
}
