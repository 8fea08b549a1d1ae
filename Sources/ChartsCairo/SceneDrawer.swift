import CPangoCairo
import Charts
import Foundation

/// Walks a scene and paints every node on a Cairo context, in points.
///
/// Text is shaped as it was measured, by ``PangoFonts/drawing`` with its own identity matrix;
/// Cairo rasterizes the glyphs for the context's transformation (a PNG at 2x gets glyphs made at
/// twice the size, not enlarged ones). The Pango context is not updated from the Cairo context:
/// that would make Pango match and open every font again at the device scale (two fontconfig
/// threads each), for the same pixels.
struct SceneDrawer {
    let cairo: OpaquePointer
    /// Set when drawing into an image: the binned dots of dense scatters and long lines go straight to its pixels.
    var dots: DotRasterizer?
    var lines: LineRasterizer?
    let fonts = PangoFonts.drawing

    func draw(_ scene: Scene) {
        set(scene.background)
        cairo_rectangle(cairo, 0, 0, scene.width, scene.height)
        cairo_fill(cairo)
        cairo_set_line_join(cairo, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(cairo, CAIRO_LINE_CAP_ROUND)
        cairo_set_fill_rule(cairo, CAIRO_FILL_RULE_EVEN_ODD)
        draw(scene.root)
    }

    private func draw(_ node: Scene.Node) {
        switch node {
        case .group("bins", let children, _) where dots != nil:
            dots?.fill(DotRasterizer.dots(of: children) { draw($0) })
        case .link(_, let node):
            draw(node)
        case .group(_, let children, _):
            for child in children { draw(child) }
        case .path(let path, let stroke?, nil, _) where lines != nil && LineRasterizer.handles(path, stroke: stroke):
            lines?.stroke(path, stroke)
        case .rect(let rect, let fill, _):
            set(fill)
            cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
            cairo_fill(cairo)
        case .path(let path, let stroke, let fill, _):
            trace(path)
            if let fill {
                set(fill)
                stroke == nil ? cairo_fill(cairo) : cairo_fill_preserve(cairo)
            }
            if let stroke {
                set(stroke.paint)
                cairo_set_line_width(cairo, stroke.width)
                stroke.dash.withUnsafeBufferPointer { cairo_set_dash(cairo, $0.baseAddress, Int32($0.count), 0) }
                cairo_stroke(cairo)
            }
        case .circle(let center, let radius, let fill, _):
            set(fill)
            cairo_new_sub_path(cairo)
            cairo_arc(cairo, center.x, center.y, radius, 0, 2 * .pi)
            cairo_fill(cairo)
        case .text(let text):
            draw(text)
        }
    }

    private func trace(_ path: Path) {
        cairo_new_path(cairo)
        for element in path.elements {
            switch element {
            case .move(let p): cairo_move_to(cairo, p.x, p.y)
            case .line(let p): cairo_line_to(cairo, p.x, p.y)
            case .curve(let a, let b, let c): cairo_curve_to(cairo, a.x, a.y, b.x, b.y, c.x, c.y)
            case .close: cairo_close_path(cairo)
            }
        }
    }

    private func draw(_ text: Text) {
        set(text.paint)
        fonts.withLayout(text: text.string, font: text.font) { layout, width, baseline in
            let shift: Double
            switch text.anchor {
            case .start: shift = 0
            case .middle: shift = -width / 2
            case .end: shift = -width
            }
            cairo_save(cairo)
            cairo_translate(cairo, text.at.x, text.at.y)
            if text.rotation != 0 { cairo_rotate(cairo, text.rotation * .pi / 180) }
            cairo_move_to(cairo, shift, -baseline)
            pango_cairo_show_layout(cairo, layout)
            cairo_restore(cairo)
        }
    }

    private func set(_ paint: Paint) {
        let rgb = paint.rgb
        cairo_set_source_rgba(cairo, rgb.red, rgb.green, rgb.blue, paint.opacity)
    }
}
