import CPangoCairo
import Charts
import Foundation
import Synchronization

/// The fonts every backend measures and draws text with: DejaVu Sans (regular and bold) loaded from
/// its files into a private fontconfig configuration, so charts look and measure the same whatever
/// other fonts the machine has. Pango shapes the text (kerning included), unhinted and with
/// unrounded glyph positions, so widths do not depend on the output resolution.
///
/// Two font maps over that configuration: ``measuring`` (Pango's FreeType map), enough to lay a chart
/// out, so SVG output never opens Cairo; and ``drawing`` (Pango's Cairo map), which PNG and PDF draw
/// with and which a process that draws also measures with, so it sets up one map only. Both give every
/// text the same width to the Pango unit (`PangoFontsTests`).
///
/// Pango is not thread-safe; every use goes through a lock.
public final class PangoFonts: Sendable {
    public enum FontMap: Sendable { case freeType, cairo }

    /// For measuring only (SVG charts, site pages).
    public static let measuring = PangoFonts(.freeType)
    /// For drawing PNG and PDF, and for measuring in a process that draws.
    public static let drawing = PangoFonts(.cairo)

    /// Where Debian's fonts-dejavu-core puts the files; the system configuration is the fallback.
    static let fontFiles = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"]

    /// Whether DejaVu Sans was loaded from its files (false: the system's font configuration is used).
    /// Loaded once, into the configuration both font maps use.
    public static let usesBundledFontFiles: Bool = {
        let config = FcConfigCreate()
        defer { FcConfigDestroy(config) }   // the current configuration keeps its own reference
        guard fontFiles.allSatisfy({ FcConfigAppFontAddFile(config, $0) != 0 }) else { return false }
        // Making ours current keeps the system configuration (and its font list) from being parsed at
        // all: Cairo asks the current configuration to complete patterns.
        FcConfigSetCurrent(config)
        return true
    }()

    private struct State: @unchecked Sendable {
        let context: OpaquePointer        // PangoContext
        let layout: OpaquePointer         // PangoLayout, reused for every text
        var cache: [Key: Double] = [:]
    }

    private struct Key: Hashable {
        var text: String
        var size: Double
        var bold: Bool
    }

    private let state: Mutex<State>

    private init(_ kind: FontMap) {
        let bundled = PangoFonts.usesBundledFontFiles   // first: a font map made before it would read the system's configuration
        let fontMap = kind == .cairo ? pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) : pango_ft2_font_map_new()
        if bundled {
            pango_fc_font_map_set_config(OpaquePointer(fontMap), FcConfigGetCurrent())
        }
        let context = pango_font_map_create_context(fontMap)!
        if kind == .cairo {
            let options = cairo_font_options_create()
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
            pango_cairo_context_set_font_options(context, options)
            cairo_font_options_destroy(options)
        }
        pango_context_set_round_glyph_positions(context, 0)
        state = Mutex(State(context: context, layout: pango_layout_new(context)!))
    }

    /// Sets fontconfig, Pango (and Cairo, for ``drawing``) and the fonts of
    /// ``ChartLayout/commonFonts`` up on other threads, for a process that is about to measure or
    /// draw text and has other work to do first (`bi chart` parses its arguments and reads its data
    /// meanwhile). Each new font costs Pango a fontconfig match, on threads it starts. Using the
    /// fonts waits for the set-up where it is not done yet; results are the same either way.
    public static func prepareInBackground(_ fontMaps: [FontMap]) {
        for fontMap in fontMaps {
            detachThread {
                let fonts = fontMap == .cairo ? drawing : measuring
                for font in ChartLayout.commonFonts { _ = fonts.width(of: "0", font: font) }
            }
        }
    }

    /// Runs `body` on a thread of its own: a plain POSIX thread, without what Foundation's `Thread`
    /// sets up around one (its name and thread object, a few hundred microseconds of a `bi chart`).
    private static func detachThread(_ body: @escaping @Sendable () -> Void) {
        final class Work: Sendable {
            let body: @Sendable () -> Void
            init(_ body: @escaping @Sendable () -> Void) { self.body = body }
        }
        var thread = pthread_t()
        let work = Unmanaged.passRetained(Work(body)).toOpaque()
        guard pthread_create(&thread, nil, { work in
            Unmanaged<Work>.fromOpaque(work!).takeRetainedValue().body()
            return nil
        }, work) == 0 else {
            Unmanaged<Work>.fromOpaque(work).takeRetainedValue().body()   // no thread to be had: here, then
            return
        }
        pthread_detach(thread)
    }

    /// The advance width of `text` in points, cached by text and font.
    public func width(of text: String, font: Font) -> Double {
        let key = Key(text: text, size: font.size, bold: font.isBold)
        return state.withLock { state in
            if let known = state.cache[key] { return known }
            let width = PangoFonts.width(of: state.layout, text: text, font: font)
            state.cache[key] = width
            return width
        }
    }

    /// Runs `body` with the shared layout set to `text` in `font`: the layout, its width and its baseline.
    func withLayout<T>(text: String, font: Font, _ body: (OpaquePointer, Double, Double) -> T) -> T {
        state.withLock { state in
            let width = PangoFonts.width(of: state.layout, text: text, font: font)
            return body(state.layout, width, Double(pango_layout_get_baseline(state.layout)) / Double(PANGO_SCALE))
        }
    }

    /// Sets `layout` to `text` in `font`; its width in points.
    private static func width(of layout: OpaquePointer, text: String, font: Font) -> Double {
        let description = pango_font_description_new()
        pango_font_description_set_family(description, Font.family)
        pango_font_description_set_weight(description, font.isBold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_text(layout, text, -1)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }
}

/// Text measured by Pango with the fonts the Cairo backends draw with (see ``PangoFonts``): for
/// layout that is the same in SVG, PNG and PDF.
///
/// ```swift
/// let layout = ChartLayout(measurer: PangoMeasurer())
/// ```
public struct PangoMeasurer: TextMeasurer {
    private let fonts: PangoFonts

    /// Measures with `fonts`: ``PangoFonts/drawing`` in a process that will draw PNG or PDF anyway.
    public init(fonts: PangoFonts = .measuring) { self.fonts = fonts }

    public func width(of text: String, font: Font) -> Double { fonts.width(of: text, font: font) }
}
