import CPangoCairo
import Charts
import Foundation
import Synchronization

/// The one font setup every Cairo backend and the text measurer share: DejaVu Sans (regular and
/// bold) loaded from its files into a private fontconfig configuration, so charts look and measure
/// the same whatever other fonts the machine has. Pango shapes the text (kerning included) with
/// hinting off, so widths do not depend on the output resolution.
///
/// Pango is not thread-safe; every use goes through ``withLayout(_:)``, which holds a lock.
public final class PangoFonts: Sendable {
    /// The shared instance (fontconfig set-up costs a few milliseconds, once per process).
    public static let shared = PangoFonts()

    /// Where Debian's fonts-dejavu-core puts the files; the system configuration is the fallback.
    static let fontFiles = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"]

    private struct State: @unchecked Sendable {
        let context: OpaquePointer        // PangoContext
        let layout: OpaquePointer         // PangoLayout, reused for every measurement
        var cache: [Key: Double] = [:]
    }

    private struct Key: Hashable {
        var text: String
        var size: Double
        var bold: Bool
    }

    private let state: Mutex<State>
    /// Whether DejaVu Sans was loaded from its files (false: the system's font configuration is used).
    public let usesBundledFontFiles: Bool

    private init() {
        let config = FcConfigCreate()
        var loaded = true
        for file in PangoFonts.fontFiles where FcConfigAppFontAddFile(config, file) == 0 { loaded = false }
        if loaded {
            // Cairo asks fontconfig's current configuration to complete patterns; making ours current
            // keeps the system configuration (and its font list) from being parsed at all.
            FcConfigSetCurrent(config)
        }
        let fontMap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)
        if loaded {
            pango_fc_font_map_set_config(OpaquePointer(fontMap), config)
        }
        FcConfigDestroy(config)   // the current configuration and the font map keep their references
        usesBundledFontFiles = loaded
        let context = pango_font_map_create_context(fontMap)!
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        let layout = pango_layout_new(context)!
        state = Mutex(State(context: context, layout: layout))
    }

    /// Sets fontconfig, Pango and both faces up on another thread, for a process that is about to
    /// measure or draw text and has other work to do first (`bi chart` reads its data meanwhile).
    /// Measuring waits for it where it is not done yet; results are the same either way.
    public static func prepareInBackground() {
        let thread = Thread {
            for bold in [false, true] { _ = shared.width(of: "0", font: Font(size: 11, bold: bold)) }
        }
        thread.start()
    }

    /// The advance width of `text` in points, cached by text and font.
    public func width(of text: String, font: Font) -> Double {
        let key = Key(text: text, size: font.size, bold: font.isBold)
        return state.withLock { state in
            if let known = state.cache[key] { return known }
            PangoFonts.configure(state.layout, text: text, font: font)
            var logical = PangoRectangle()
            pango_layout_get_extents(state.layout, nil, &logical)
            let width = Double(logical.width) / Double(PANGO_SCALE)
            state.cache[key] = width
            return width
        }
    }

    /// Runs `body` with the shared layout set to `text` in `font`: the layout, its width and its baseline.
    func withLayout<T>(text: String, font: Font, _ body: (OpaquePointer, Double, Double) -> T) -> T {
        state.withLock { state in
            PangoFonts.configure(state.layout, text: text, font: font)
            var logical = PangoRectangle()
            pango_layout_get_extents(state.layout, nil, &logical)
            let baseline = Double(pango_layout_get_baseline(state.layout)) / Double(PANGO_SCALE)
            return body(state.layout, Double(logical.width) / Double(PANGO_SCALE), baseline)
        }
    }

    /// Makes a Cairo context draw text with the shared font map and options.
    func prepare(_ cairo: OpaquePointer) {
        state.withLock { state in
            pango_cairo_update_context(cairo, state.context)
            pango_layout_context_changed(state.layout)
        }
    }

    private static func configure(_ layout: OpaquePointer, text: String, font: Font) {
        let description = pango_font_description_new()
        pango_font_description_set_family(description, Font.family)
        pango_font_description_set_weight(description, font.isBold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_text(layout, text, -1)
    }
}

/// Text measured by Pango with the fonts the Cairo backends draw with: for layout that is the same
/// in SVG, PNG and PDF.
///
/// ```swift
/// let layout = ChartLayout(measurer: PangoMeasurer())
/// ```
public struct PangoMeasurer: TextMeasurer {
    public init() {}

    public func width(of text: String, font: Font) -> Double { PangoFonts.shared.width(of: text, font: font) }
}
