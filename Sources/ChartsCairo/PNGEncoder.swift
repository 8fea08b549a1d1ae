import CPangoCairo

/// Writes a Cairo ARGB32 image surface as an 8-bit RGB PNG. Charts are painted on an opaque
/// background, so alpha is dropped; rows are stored unfiltered and deflated at zlib's fastest
/// level, which for flat chart colours costs little size and is several times faster than
/// Cairo's own encoder (libpng at the default level).
enum PNGEncoder {
    static func encode(surface: OpaquePointer) throws(RenderError) -> [UInt8] {
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { throw RenderError("the image has no pixels") }
        // Raw scanlines: a filter byte (0, none) then R, G, B per pixel. Cairo stores native-endian
        // 0xAARRGGBB words, so on little-endian machines the bytes are B, G, R, A.
        var raw = [UInt8](repeating: 0, count: height * (1 + width * 3))
        raw.withUnsafeMutableBufferPointer { out in
            var o = 0
            for y in 0..<height {
                out[o] = 0
                o += 1
                let row = data + y * stride
                row.withMemoryRebound(to: UInt32.self, capacity: width) { pixels in
                    for x in 0..<width {
                        let pixel = UInt32(littleEndian: pixels[x])
                        out[o] = UInt8(truncatingIfNeeded: pixel >> 16)
                        out[o + 1] = UInt8(truncatingIfNeeded: pixel >> 8)
                        out[o + 2] = UInt8(truncatingIfNeeded: pixel)
                        o += 3
                    }
                }
            }
        }
        var compressed = [UInt8](repeating: 0, count: Int(compressBound(uLong(raw.count))))
        var length = uLongf(compressed.count)
        let status = compressed.withUnsafeMutableBufferPointer { out in
            raw.withUnsafeBufferPointer { compress2(out.baseAddress, &length, $0.baseAddress, uLong(raw.count), Z_BEST_SPEED) }
        }
        guard status == Z_OK else { throw RenderError("cannot compress the PNG (zlib status \(status))") }
        compressed.removeLast(compressed.count - Int(length))

        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, 2, 0, 0, 0]   // 8 bits, truecolour, deflate, no filter method extras, not interlaced
        chunk("IHDR", header, into: &png)
        chunk("IDAT", compressed, into: &png)
        chunk("IEND", [], into: &png)
        return png
    }

    private static func chunk(_ type: String, _ body: [UInt8], into png: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        png += bigEndian(UInt32(body.count))
        png += typeBytes
        png += body
        var crc = crc32(0, nil, 0)
        crc = typeBytes.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
        crc = body.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
        png += bigEndian(UInt32(crc))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
