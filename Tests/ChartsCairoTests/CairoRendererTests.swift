import CPangoCairo
import Charts
@testable import ChartsCairo
import Foundation
import TestSupport
import Testing

/// Every chart type through every backend, checked the way a user's tools see the files:
/// `xmllint --noout` for SVG, the PNG header for size, `pdftotext` for the PDF's words.
@Suite(.serialized)
struct CairoRendererTests {
    let layout = ChartLayout(measurer: PangoMeasurer())

    @Test(arguments: ChartFixtures.all.map(\.name))
    func everyTypeRendersToValidSVGPNGAndPDF(_ name: String) throws {
        let fixture = try #require(ChartFixtures.all.first { $0.name == name })
        let scene = try layout.scene(for: fixture.spec, data: fixture.data)
        let folder = try TemporaryDirectory("cairo")

        let svg = folder.path("\(name).svg")
        try SVGRenderer().render(scene).write(toFile: svg, atomically: true, encoding: .utf8)
        #expect(try Tool.run("xmllint", ["--noout", svg]).status == 0)

        for scale in [1.0, 2.0] {
            let png = try CairoRenderer().png(scene, scale: scale)
            let size = try #require(PNGHeader(png))
            #expect(size.width == Int((fixture.spec.width * scale).rounded(.up)) && size.height == Int((fixture.spec.height * scale).rounded(.up)))
            #expect(decodedSize(png).map { [$0.width, $0.height] } == [size.width, size.height], "libpng cannot decode \(name) at \(scale)x")
        }

        let pdf = folder.path("\(name).pdf")
        try Data(try CairoRenderer().pdf(scene)).write(to: URL(fileURLWithPath: pdf))
        let text = try Tool.run("pdftotext", [pdf, "-"]).output
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let title = fixture.spec.title { #expect(words.contains(title), "title missing from \(name).pdf: \(words.prefix(200))") }
        let labels = scene.root.texts.filter { $0.paint.role == "label" }.prefix(3).map(\.string)
        for label in labels { #expect(words.contains(label.split(separator: " ").joined(separator: " ")), "'\(label)' missing from \(name).pdf") }
    }

    @Test func outputIsDeterministic() throws {
        let fixture = ChartFixtures.all[0]
        let scene = try layout.scene(for: fixture.spec, data: fixture.data)
        #expect(try CairoRenderer().pdf(scene) == CairoRenderer().pdf(scene))
        #expect(try CairoRenderer().png(scene, scale: 2) == CairoRenderer().png(scene, scale: 2))
    }

    @Test func pangoMeasuresDejaVuFromItsFiles() {
        let measurer = PangoMeasurer()
        let width = measurer.width(of: "Revenue", font: Font(size: 11))
        #expect(PangoFonts.usesBundledFontFiles)
        // DejaVu Sans advances (units per em 2048): R 1423, e 1260, v 1212, n 1298, u 1298 → 47.3 points at 11.
        #expect(abs(width - 47.3) < 1, "width \(width)")
        #expect(measurer.width(of: "Revenue", font: Font(size: 11, bold: true)) > width)
        #expect(measurer.width(of: "", font: Font(size: 11)) == 0)
    }

    @Test func builtInMetricsStayCloseToPango() {
        let pango = PangoMeasurer(), builtIn = FontMetricsMeasurer()
        for label in ["Revenue by month", "Electronics", "$1.2M", "2025-03", "Home & Kitchen", "North America"] {
            let a = pango.width(of: label, font: Font(size: 11)), b = builtIn.width(of: label, font: Font(size: 11))
            #expect(abs(a - b) / a < 0.12, "\(label): Pango \(a), built-in \(b)")
        }
    }
}

/// Long lines are painted straight into the pixels (LineRasterizer); short ones by Cairo. A wavy
/// line of 1,000 points drawn whole must look like the same line drawn by Cairo as ten short
/// paths (opaque, round caps: their union is the same shape).
@Test func longLinesLookAsCairoDrawsThem() throws {
    let points = (0...1000).map { Point(20 + Double($0) * 0.56, 100 + 60 * sin(Double($0) / 25) + 8 * sin(Double($0) / 2.3)) }
    let stroke = Stroke(Paint("#1f77b4", role: "series-0"), width: 2)
    func scene(_ paths: [[Point]]) -> Scene {
        Scene(width: 600, height: 200, title: "line", description: "",
              root: .group(role: "marks", children: paths.map { .path(Path(runs: [$0]), stroke: stroke, fill: nil, tooltip: nil) }))
    }
    let whole = try pixels(CairoRenderer().png(scene([points]), scale: 2))
    let pieces = try pixels(CairoRenderer().png(scene(stride(from: 0, to: 1000, by: 100).map { Array(points[$0...($0 + 100)]) }), scale: 2))
    #expect(whole.count == pieces.count)
    var painted = 0, far = 0, total = 0
    for (a, b) in zip(whole, pieces) {
        let difference = [16, 8, 0].map { abs(Int((a >> $0) & 0xFF) - Int((b >> $0) & 0xFF)) }.max()!
        if a & 0xFFFFFF != 0xFFFFFF || b & 0xFFFFFF != 0xFFFFFF { painted += 1; total += difference }
        if difference > 96 { far += 1 }
    }
    #expect(painted > 5000)
    #expect(Double(far) < Double(painted) * 0.02, "\(far) of \(painted) pixels differ by more than 96 levels")
    #expect(Double(total) / Double(painted) < 16, "mean difference \(Double(total) / Double(painted)) over \(painted) pixels")
}

/// PNG encoding is lossless on both of its paths: a flat image (runs of zeros after filtering)
/// and a busy one (zlib and libdeflate). libpng must read back every pixel.
@Test(arguments: [false, true])
func pngKeepsEveryPixel(busy: Bool) throws {
    try expectPNGKeepsEveryPixel(width: 301, height: 97) { cairo, width, height in
        var seed: UInt64 = 42
        func next() -> Double { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Double(seed >> 11) / Double(1 << 53) }
        for _ in 0..<(busy ? 3000 : 12) {
            cairo_set_source_rgb(cairo, next(), next(), next())
            if busy {
                cairo_arc(cairo, next() * width, next() * height, 0.5 + next() * 3, 0, 2 * .pi)
            } else {
                cairo_rectangle(cairo, (next() * width).rounded(), (next() * height).rounded(), 40, 1 + (next() * 20).rounded())
            }
            cairo_fill(cairo)
        }
    }
}

/// The rows are coded in two halves on two threads. Where every row equals the one above, each row
/// takes the Up filter, the first of the second half too: it must be filtered against the last row
/// of the first half as it was before that half's thread filtered it.
@Test func pngHalvesJoinAtTheirBoundaryRow() throws {
    try expectPNGKeepsEveryPixel(width: 640, height: 481) { cairo, width, height in
        for x in stride(from: 0, to: Int(width), by: 7) {
            cairo_set_source_rgb(cairo, Double(x % 3) / 2, Double(x % 5) / 4, Double(x % 11) / 10)
            cairo_rectangle(cairo, Double(x), 0, 3, height)
            cairo_fill(cairo)
        }
    }
}

/// Draws with `draw` (given the context, width and height) over white, encodes the image as PNG and
/// expects libpng to read back exactly its pixels.
func expectPNGKeepsEveryPixel(width: Int32, height: Int32, draw: (OpaquePointer, Double, Double) -> Void) throws {
    let surface = try #require(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height))
    defer { cairo_surface_destroy(surface) }
    let cairo = try #require(cairo_create(surface))
    cairo_set_source_rgb(cairo, 1, 1, 1)
    cairo_paint(cairo)
    draw(cairo, Double(width), Double(height))
    cairo_destroy(cairo)
    cairo_surface_flush(surface)
    let stride = Int(cairo_image_surface_get_stride(surface)) / 4
    let data = try #require(cairo_image_surface_get_data(surface))
    let original = data.withMemoryRebound(to: UInt32.self, capacity: stride * Int(height)) { words in
        (0..<Int(height)).flatMap { y in (0..<Int(width)).map { words[y * stride + $0] & 0xFFFFFF } }
    }
    let png = try PNGEncoder.encode(surface: surface)
    #expect(try pixels(png).map { $0 & 0xFFFFFF } == original)
}

/// The Adler-32 of the scanlines is combined from the checksums of the halves.
@Test(arguments: [0, 1, 5552, 65521, 65537, 99_999, 100_000])
func adlerOfHalvesCombines(split: Int) {
    let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: ($0 &* 7919) >> 3) }
    bytes.withUnsafeBytes { all in
        let first = libdeflate_adler32(1, all.baseAddress, split)
        let second = libdeflate_adler32(1, all.baseAddress! + split, all.count - split)
        #expect(ScanlineDeflate.combinedAdler(first, second, secondLength: all.count - split) == libdeflate_adler32(1, all.baseAddress, all.count))
    }
}

/// The ARGB pixels of a PNG, decoded by libpng through Cairo.
func pixels(_ png: [UInt8]) throws -> [UInt32] {
    final class Reader {
        var bytes: [UInt8]
        var offset = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }
    let reader = Reader(png)
    let box = Unmanaged.passRetained(reader)
    defer { box.release() }
    let decoded = cairo_image_surface_create_from_png_stream({ closure, data, length in
        let reader = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
        guard reader.offset + Int(length) <= reader.bytes.count else { return CAIRO_STATUS_READ_ERROR }
        for index in 0..<Int(length) { data![index] = reader.bytes[reader.offset + index] }
        reader.offset += Int(length)
        return CAIRO_STATUS_SUCCESS
    }, box.toOpaque())
    let surface = try #require(decoded)
    defer { cairo_surface_destroy(surface) }
    try #require(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS)
    let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
    let stride = Int(cairo_image_surface_get_stride(surface)) / 4
    let data = try #require(cairo_image_surface_get_data(surface))
    return data.withMemoryRebound(to: UInt32.self, capacity: stride * height) { words in
        (0..<height).flatMap { y in (0..<width).map { words[y * stride + $0] } }
    }
}

/// Width and height from a PNG's IHDR chunk, if the bytes start like a PNG.
func PNGHeader(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
    guard bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), bytes[12...15] == [0x49, 0x48, 0x44, 0x52] else { return nil }
    func int(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (int(16), int(20))
}

/// The size libpng (through Cairo) reads from the whole PNG, or nil when it cannot decode it.
func decodedSize(_ png: [UInt8]) -> (width: Int, height: Int)? {
    final class Reader {
        var bytes: [UInt8]
        var offset = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }
    let reader = Reader(png)
    let box = Unmanaged.passRetained(reader)
    defer { box.release() }
    guard let surface = cairo_image_surface_create_from_png_stream({ closure, data, length in
        let reader = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
        guard reader.offset + Int(length) <= reader.bytes.count else { return CAIRO_STATUS_READ_ERROR }
        for index in 0..<Int(length) { data![index] = reader.bytes[reader.offset + index] }
        reader.offset += Int(length)
        return CAIRO_STATUS_SUCCESS
    }, box.toOpaque()) else { return nil }
    defer { cairo_surface_destroy(surface) }
    guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
    return (Int(cairo_image_surface_get_width(surface)), Int(cairo_image_surface_get_height(surface)))
}

/// Runs a command-line tool and captures its output.
enum Tool {
    static func run(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// Text in a PNG at 4x is made at four times the size, not enlarged: it matches the same text set
/// four times as large at 1x (glyphs rasterized at the same pixel size, at the same places), while
/// the 1x rendering blown up four times is far from it (blurred edges).
@Test func textIsRasterizedAtTheImageScale() throws {
    func scene(scale: Double) -> Scene {
        Scene(width: 120 * scale, height: 30 * scale, title: "text", description: "",
              root: .text(Text("Sharp 1,234", at: Point(5 * scale, 20 * scale), font: Font(size: 14 * scale, bold: true), paint: Paint("#222222", role: "title"))))
    }
    let atScale = try pixels(CairoRenderer().png(scene(scale: 1), scale: 4))
    let large = try pixels(CairoRenderer().png(scene(scale: 4), scale: 1))
    let small = try pixels(CairoRenderer().png(scene(scale: 1), scale: 1))
    let enlarged = (0..<120).flatMap { y in (0..<480).map { x in small[(y / 4) * 120 + x / 4] } }
    func meanDifference(_ a: [UInt32], _ b: [UInt32]) -> Double {
        let inked = zip(a, b).filter { $0 & 0xFF != 0xFF || $1 & 0xFF != 0xFF }
        return Double(inked.reduce(0) { $0 + abs(Int($1.0 & 0xFF) - Int($1.1 & 0xFF)) }) / Double(Swift.max(1, inked.count))
    }
    #expect(atScale.count == large.count && enlarged.count == large.count)
    let crisp = meanDifference(atScale, large), blurred = meanDifference(enlarged, large)
    #expect(crisp < 4, "mean difference from text set at 4x size: \(crisp) levels")
    #expect(blurred > 4 * crisp + 10, "an enlarged 1x rendering differs by \(blurred) levels against \(crisp)")
}
