import CPangoCairo
import Charts
import Foundation

/// Draws a ``Scene`` with Cairo: PNG at any scale (1 for screens, 2 for sharp email images) or a
/// vector PDF page with real, selectable text (DejaVu Sans embedded). Text goes through Pango with
/// the same fonts ``PangoMeasurer`` measures, so the picture matches the SVG of the same scene.
///
/// ```swift
/// let png = try CairoRenderer().png(scene, scale: 2)
/// let pdf = try CairoRenderer().pdf(scene)
/// ```
public struct CairoRenderer: Sendable {
    public init() {}

    /// PNG bytes, `scale` device pixels per point.
    public func png(_ scene: Scene, scale: Double = 1) throws(RenderError) -> [UInt8] {
        let width = Int32((scene.width * scale).rounded(.up)), height = Int32((scene.height * scale).rounded(.up))
        let pixels = try PixelMemory(bytes: Int(cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, width)) * Int(height))
        defer { withExtendedLifetime(pixels) {} }   // until after the surface is destroyed
        guard let surface = cairo_image_surface_create_for_data(pixels.base, CAIRO_FORMAT_ARGB32, width, height,
                                                                 cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, width)),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { throw RenderError("cannot create a \(width)×\(height) image") }
        defer { cairo_surface_destroy(surface) }
        let cairo = cairo_create(surface)!
        cairo_scale(cairo, scale, scale)
        SceneDrawer(cairo: cairo, dots: DotRasterizer(surface: surface, scale: scale), lines: LineRasterizer(surface: surface, scale: scale)).draw(scene)
        cairo_destroy(cairo)
        cairo_surface_flush(surface)
        return try PNGEncoder.encode(surface: surface)
    }

    /// A one-page PDF the size of the scene, in points.
    public func pdf(_ scene: Scene) throws(RenderError) -> [UInt8] {
        let sink = ByteSink()
        let box = Unmanaged.passRetained(sink)
        defer { box.release() }
        guard let surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
            let sink = Unmanaged<ByteSink>.fromOpaque(closure!).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, box.toOpaque(), scene.width, scene.height) else { throw RenderError("cannot create a PDF surface") }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, scene.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "SmartBI")
        // A fixed date keeps the bytes the same for the same chart (cairo would write the current time).
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z")
        let cairo = cairo_create(surface)!
        SceneDrawer(cairo: cairo).draw(scene)
        cairo_destroy(cairo)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError("cairo could not write the PDF: \(String(cString: cairo_status_to_string(status)))") }
        return sink.bytes
    }
}

/// Why a scene could not be drawn (out of memory, a surface Cairo refused).
public struct RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// Zeroed memory for the pixels of an image, in 2 MB pages where the system offers them (Linux
/// transparent huge pages on request): a 1600×900 chart is 5.8 MB, which in 4 KB pages costs some
/// 1,400 page faults, each far dearer than painting its page.
final class PixelMemory {
    let base: UnsafeMutablePointer<UInt8>
    private let mapping: UnsafeMutableRawPointer
    private let length: Int

    init(bytes: Int) throws(RenderError) {
        let hugePage = 2 << 20
        length = bytes + hugePage
        guard let mapping = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), mapping != MAP_FAILED else {
            throw RenderError("cannot allocate \(bytes) bytes for the image")
        }
        self.mapping = mapping
        let aligned = (Int(bitPattern: mapping) + hugePage - 1) & ~(hugePage - 1)
        base = UnsafeMutablePointer(bitPattern: aligned)!
        #if os(Linux)
        _ = madvise(UnsafeMutableRawPointer(base), bytes, 14)   // MADV_HUGEPAGE; without it, ordinary pages
        #endif
    }

    deinit { munmap(mapping, length) }
}

/// Collects bytes written by a C callback.
final class ByteSink {
    var bytes: [UInt8] = []
}

extension CairoRenderer {
    /// Draws `scene` on an existing Cairo context (a page of a longer PDF), in the context's
    /// current coordinates: translate and scale first to place it.
    public func draw(_ scene: Scene, on cairo: OpaquePointer) {
        cairo_save(cairo)
        SceneDrawer(cairo: cairo).draw(scene)
        cairo_restore(cairo)
    }
}
