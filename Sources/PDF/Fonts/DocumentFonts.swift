import CPangoCairo
import Synchronization

/// The fonts of printed reports: DejaVu Sans (regular, bold, oblique) for text and DejaVu Sans Mono
/// for code, loaded from their files into a private fontconfig configuration, so a PDF looks the
/// same on every machine. Cairo embeds the glyphs used.
final class DocumentFonts: @unchecked Sendable {
    static let shared = DocumentFonts()
    /// The same fonts in a font map of their own, for laying out text on a second thread while a
    /// document is written; used only under `lock` (by a thread that holds it or works for one that does).
    static let helper = DocumentFonts()
    /// Pango is not thread-safe: one PDF is laid out at a time.
    static let lock = Mutex(())

    static let folder = "/usr/share/fonts/truetype/dejavu/"
    static let files = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf",
                        "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"]
    static let sans = "DejaVu Sans"
    static let mono = "DejaVu Sans Mono"

    let fontMap: UnsafeMutablePointer<PangoFontMap>

    private init() {
        let config = FcConfigCreate()
        for file in DocumentFonts.files { FcConfigAppFontAddFile(config, DocumentFonts.folder + file) }
        fontMap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)
        pango_fc_font_map_set_config(OpaquePointer(fontMap), config)
        FcConfigDestroy(config)
    }

    /// A Pango context drawing on `cairo` with these fonts, unhinted so layout does not depend on resolution.
    func context(for cairo: OpaquePointer) -> OpaquePointer {
        let context = pango_font_map_create_context(fontMap)!
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_cairo_update_context(cairo, context)
        // Glyphs at their true advances, not rounded to whole points (uneven letter spacing, and a
        // position correction for nearly every glyph in the PDF's text).
        pango_context_set_round_glyph_positions(context, 0)
        return context
    }

    /// A context as ``context(for:)`` makes for a PDF page, without the document's Cairo context:
    /// for another thread laying out text that the document's thread draws.
    func contextForPDF() -> OpaquePointer {
        let surface = cairo_pdf_surface_create_for_stream(nil, nil, 1, 1)
        let cairo = cairo_create(surface)!
        defer {
            cairo_destroy(cairo)
            cairo_surface_destroy(surface)
        }
        return context(for: cairo)
    }
}
