import CPangoCairo
import Dispatch

/// Writes a Cairo ARGB32 image surface as an 8-bit RGB PNG. Charts are painted on an opaque
/// background, so alpha is dropped; rows are filtered and deflated by ``ScanlineDeflate`` (its own
/// run-length coder for flat charts, libdeflate's fastest level for busy ones), several times
/// faster than Cairo's own encoder (libpng at zlib's default level).
enum PNGEncoder {
    /// Encodes the surface's pixels, converting them in place: the surface is spent afterwards.
    /// (A separate 4 MB buffer of scanlines for a 1600×900 chart costs a thousand page faults,
    /// more than the conversion itself.)
    static func encode(surface: OpaquePointer) throws(RenderError) -> [UInt8] {
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface), width > 0, height > 0 else { throw RenderError("the image has no pixels") }
        let rowBytes = 1 + width * 3
        // The top and bottom halves of the rows are converted, and then compressed, on two threads.
        // Each half's scanlines are written over its own pixels from its first pixel on, so neither
        // thread writes where the other reads; the halves are not contiguous (the first ends a
        // quarter of its pixels early), and ``ScanlineDeflate`` takes them as parts.
        let partCount = Swift.min(2, height)
        let firstRows = (0...partCount).map { height * $0 / partCount }
        let base = UnsafeMutableRawPointer(data)
        nonisolated(unsafe) let parts = (0..<partCount).map { part in
            UnsafeMutableRawBufferPointer(start: base + firstRows[part] * stride, count: (firstRows[part + 1] - firstRows[part]) * rowBytes)
        }
        DispatchQueue.concurrentPerform(iterations: partCount) { part in
            convert(rows: parts[part].count / rowBytes, at: parts[part].baseAddress!, width: width, stride: stride)
        }
        let compressed = ScanlineDeflate.compress(parts: parts, rowBytes: rowBytes, bytesPerPixel: 3)

        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png.reserveCapacity(compressed.count + 64)
        var header = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, 2, 0, 0, 0]   // 8 bits, truecolour, deflate, no filter method extras, not interlaced
        chunk("IHDR", header, into: &png)
        chunk("IDAT", compressed, into: &png)
        chunk("IEND", [], into: &png)
        return png
    }

    /// Turns `rows` rows of pixels, `stride` bytes apart from `start`, into raw scanlines from
    /// `start`: a filter byte then R, G, B per pixel. Cairo stores native-endian (here little-endian)
    /// 0xAARRGGBB words. A scanline is shorter than a row of pixels (4 bytes each), so from the
    /// second row on every write lands before any pixel still to be read; the first row is
    /// converted from a copy.
    private static func convert(rows: Int, at start: UnsafeMutableRawPointer, width: Int, stride: Int) {
        let rowBytes = 1 + width * 3
        let firstRow = [UInt8](UnsafeRawBufferPointer(start: start, count: width * 4))
        for y in 0..<rows {
            let row = start + y * rowBytes
            row.storeBytes(of: 0, as: UInt8.self)
            func convert(_ pixels: UnsafeRawPointer) {
                // One 4-byte store a pixel: R, G, B and a byte the next pixel overwrites (still before
                // that pixel's own bytes). The last pixel goes byte by byte, within the scanline.
                for x in 0..<(width - 1) {
                    let pixel = pixels.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                    (row + 1 + x * 3).storeBytes(of: (pixel.byteSwapped >> 8).littleEndian, as: UInt32.self)
                }
                let last = pixels.loadUnaligned(fromByteOffset: (width - 1) * 4, as: UInt32.self)
                (row + rowBytes - 3).storeBytes(of: UInt8(truncatingIfNeeded: last >> 16), as: UInt8.self)
                (row + rowBytes - 2).storeBytes(of: UInt8(truncatingIfNeeded: last >> 8), as: UInt8.self)
                (row + rowBytes - 1).storeBytes(of: UInt8(truncatingIfNeeded: last), as: UInt8.self)
            }
            if y == 0 { firstRow.withUnsafeBytes { convert($0.baseAddress!) } } else { convert(UnsafeRawPointer(start + y * stride)) }
        }
    }

    private static func chunk(_ type: String, _ body: [UInt8], into png: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        png += bigEndian(UInt32(body.count))
        png += typeBytes
        png += body
        var crc = typeBytes.withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, $0.count) }
        crc = body.withUnsafeBytes { libdeflate_crc32(crc, $0.baseAddress, $0.count) }
        png += bigEndian(crc)
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
