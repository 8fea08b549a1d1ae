import CPangoCairo

/// Compresses PNG scanlines for chart images: flat backgrounds, straight lines, text. Each row
/// gets the PNG filter (Sub or Up) that leaves more zero bytes; when nearly all bytes are then zero
/// (a line or bar chart), the rows are coded as one dynamic-Huffman deflate block of literals and
/// runs of zeros (matches at distance 1): no match search, two linear passes, one to count symbols
/// and one to write them, about a third of libdeflate's fastest level, and a smaller file (a
/// 1600×900 line chart: 109 KB against 118 KB). Busier images (dense scatters) go to libdeflate,
/// whose matches catch their repeated shapes.
///
/// The zlib stream is standard (RFC 1950/1951); any inflater reads it.
enum ScanlineDeflate {
    /// Filters the scanlines in place (each starts with its filter byte, 0 on entry) and returns the
    /// zlib stream of the filtered bytes.
    /// Images with fewer zero bytes than this after filtering (dense scatters, gradients) are left
    /// to an LZ77 compressor: their repeated shapes are matches that runs of zeros do not catch.
    static let minimumZeroShare = 0.95

    static func compress(scanlines: UnsafeMutableRawBufferPointer, rowBytes: Int, bytesPerPixel: Int) -> [UInt8] {
        let rows = scanlines.count / rowBytes
        let data = UnsafeRawBufferPointer(scanlines)
        func line(_ row: Int) -> UnsafeMutablePointer<UInt8> {
            scanlines.baseAddress!.advanced(by: row * rowBytes).assumingMemoryBound(to: UInt8.self)
        }
        // Every eighth row tells whether the image is flat enough; a busy one stays unfiltered.
        var sampledZeros = 0, sampledBytes = 0
        for row in stride(from: 1, to: rows, by: 8) {
            sampledZeros += zeros(line(row), above: line(row - 1), count: rowBytes - 1, bytesPerPixel: bytesPerPixel).best
            sampledBytes += rowBytes - 1
        }
        if Double(sampledZeros) < minimumZeroShare * Double(sampledBytes), let compressed = libdeflate(data) { return compressed }
        // Bottom to top, so the row above is still unfiltered when a row is compared with it.
        for row in stride(from: rows - 1, through: 0, by: -1) {
            filter(line(row), above: row > 0 ? line(row - 1) : nil, count: rowBytes - 1, bytesPerPixel: bytesPerPixel)
        }

        // Pass 1: how often each literal and run length occurs.
        var literalCounts = [Int](repeating: 0, count: 286)
        var extraBits = 0
        literalCounts.withUnsafeMutableBufferPointer { counts in
            tokens(data) { literal in
                counts[literal] &+= 1
            } run: { length in
                let (code, bits, _) = lengthCode(length)
                counts[code] &+= 1
                extraBits &+= bits
            }
        }
        literalCounts[256] = 1   // end of block
        let runs = (257..<286).reduce(0) { $0 + literalCounts[$1] }
        let literalLengths = codeLengths(literalCounts, limit: 15)
        let distanceLengths = [1]   // distance 1 only (code 0); a single one-bit code
        let literalCodes = canonicalCodes(literalLengths)

        // The code lengths of both alphabets, themselves Huffman coded (without run-length codes).
        let literalCount = Swift.max(257, (literalLengths.lastIndex { $0 > 0 } ?? 256) + 1)
        let allLengths = Array(literalLengths[0..<literalCount]) + distanceLengths
        var lengthCounts = [Int](repeating: 0, count: 19)
        for length in allLengths { lengthCounts[length] += 1 }
        if lengthCounts.filter({ $0 > 0 }).count < 2 { lengthCounts[lengthCounts[0] > 0 ? 1 : 0] += 1 }   // a code needs two symbols
        let lengthLengths = codeLengths(lengthCounts, limit: 7)
        let lengthCodes = canonicalCodes(lengthLengths)
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        let lengthCodeCount = Swift.max(4, (order.lastIndex { lengthLengths[$0] > 0 } ?? 0) + 1)

        var bits = 3 + 5 + 5 + 4 + 3 * lengthCodeCount + extraBits + runs   // header, extra bits, one distance bit a run
        for length in allLengths { bits += lengthLengths[length] }
        for symbol in 0..<286 { bits += literalCounts[symbol] * literalLengths[symbol] }
        let capacity = 2 + (bits + 7) / 8 + 4 + 8
        return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, written in
            var writer = BitWriter(buffer.baseAddress!)
            writer.bytes(0x78, 0x01)   // zlib: deflate, 32 KB window, fastest
            writer.write(1, 1)         // the final block
            writer.write(2, 2)         // dynamic Huffman codes
            writer.write(UInt64(literalCount - 257), 5)
            writer.write(UInt64(distanceLengths.count - 1), 5)
            writer.write(UInt64(lengthCodeCount - 4), 4)
            for index in 0..<lengthCodeCount { writer.write(UInt64(lengthLengths[order[index]]), 3) }
            for length in allLengths { writer.write(lengthCodes[length], lengthLengths[length]) }

            // Pass 2: the same symbols, written.
            literalCodes.withUnsafeBufferPointer { codes in
                literalLengths.withUnsafeBufferPointer { lengths in
                    tokens(data) { literal in
                        writer.write(codes[literal], lengths[literal])
                    } run: { length in
                        let (code, bits, extra) = lengthCode(length)
                        writer.write(codes[code], lengths[code])
                        writer.write(UInt64(extra), bits + 1)   // the extra bits, then a 0: distance code 0 (distance 1)
                    }
                }
            }
            writer.write(literalCodes[256], literalLengths[256])
            writer.flush()
            let adler = libdeflate_adler32(1, data.baseAddress, data.count)
            writer.bytes(UInt8(adler >> 24), UInt8((adler >> 16) & 0xFF), UInt8((adler >> 8) & 0xFF), UInt8(adler & 0xFF))
            precondition(writer.count <= capacity, "deflate output larger than computed")
            written = writer.count
        }
    }

    /// libdeflate's fastest level, or nil if it fails.
    private static func libdeflate(_ data: UnsafeRawBufferPointer) -> [UInt8]? {
        guard let compressor = libdeflate_alloc_compressor(1) else { return nil }
        defer { libdeflate_free_compressor(compressor) }
        let bound = libdeflate_zlib_compress_bound(compressor, data.count)
        let compressed = [UInt8](unsafeUninitializedCapacity: bound) { out, count in
            count = libdeflate_zlib_compress(compressor, data.baseAddress, data.count, out.baseAddress, bound)
        }
        return compressed.isEmpty ? nil : compressed
    }

    /// How many bytes of the row would be zero after the Sub and after the Up filter.
    private static func zeros(_ line: UnsafeMutablePointer<UInt8>, above: UnsafeMutablePointer<UInt8>?, count: Int,
                              bytesPerPixel: Int) -> (sub: Int, up: Int, best: Int) {
        let pixels = line + 1
        var sub = equalBytes(pixels + bytesPerPixel, pixels, count - bytesPerPixel)
        for index in 0..<bytesPerPixel where pixels[index] == 0 { sub += 1 }
        let up = above.map { equalBytes(pixels, $0 + 1, count) } ?? -1
        return (sub, up, Swift.max(sub, up))
    }

    /// Replaces the row's bytes by their Sub or Up difference, whichever gives more zeros, and sets
    /// its filter byte (1 or 2). `above` is the unfiltered row above.
    private static func filter(_ line: UnsafeMutablePointer<UInt8>, above: UnsafeMutablePointer<UInt8>?, count: Int, bytesPerPixel: Int) {
        let pixels = line + 1
        var useUp = false
        if let above, case let counts = zeros(line, above: above, count: count, bytesPerPixel: bytesPerPixel), counts.up > counts.sub {
            let prior = above + 1
            useUp = true
            var index = 0
            while index + 16 <= count {
                let difference = load(pixels + index) &- load(prior + index)
                UnsafeMutableRawPointer(pixels + index).storeBytes(of: difference, as: SIMD16<UInt8>.self)
                index += 16
            }
            while index < count { pixels[index] &-= prior[index]; index += 1 }
        }
        line[0] = useUp ? 2 : 1
        guard !useUp, bytesPerPixel < count else { return }
        // Right to left: each block's left neighbours are read before anything left of it changes.
        var end = count
        while end - 16 >= bytesPerPixel {
            let difference = load(pixels + end - 16) &- load(pixels + end - 16 - bytesPerPixel)
            UnsafeMutableRawPointer(pixels + end - 16).storeBytes(of: difference, as: SIMD16<UInt8>.self)
            end -= 16
        }
        for index in stride(from: end - 1, through: bytesPerPixel, by: -1) { pixels[index] &-= pixels[index - bytesPerPixel] }
    }

    @inline(__always) private static func load(_ pointer: UnsafeMutablePointer<UInt8>) -> SIMD16<UInt8> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD16<UInt8>.self)
    }

    /// How many of the `count` bytes at `a` and `b` are equal, sixteen at a time.
    private static func equalBytes(_ a: UnsafeMutablePointer<UInt8>, _ b: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
        var total = 0, index = 0
        while index + 16 <= count {
            // Up to 255 blocks per byte-wide tally.
            var tally = SIMD16<UInt8>(repeating: 0)
            let blockEnd = Swift.min(count, index + 255 * 16)
            while index + 16 <= blockEnd {
                tally &+= SIMD16<UInt8>(repeating: 0).replacing(with: 1, where: load(a + index) .== load(b + index))
                index += 16
            }
            for lane in 0..<16 { total += Int(tally[lane]) }
        }
        while index < count { total += a[index] == b[index] ? 1 : 0; index += 1 }
        return total
    }

    /// Calls `literal` for each byte and `run` for each run of 3…258 further zeros after a zero.
    private static func tokens(_ data: UnsafeRawBufferPointer, literal: (Int) -> Void, run: (Int) -> Void) {
        let bytes = data.bindMemory(to: UInt8.self)
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            literal(Int(byte))
            index += 1
            guard byte == 0 else { continue }
            // Zeros after this one: whole words at a time.
            var end = index
            while end + 8 <= count, data.loadUnaligned(fromByteOffset: end, as: UInt64.self) == 0 { end += 8 }
            while end < count, bytes[end] == 0 { end += 1 }
            var zeros = end - index
            guard zeros >= 3 else { continue }   // too short for a run: the next zeros go as literals
            while zeros >= 3 {
                let length = Swift.min(258, zeros == 259 || zeros == 260 ? zeros - 3 : zeros)   // never leave 1 or 2 behind
                run(length)
                zeros -= length
                index += length
            }
        }
    }

    /// The length symbol (257…285), its number of extra bits and their value, for a run of 3…258.
    private static func lengthCode(_ length: Int) -> (code: Int, bits: Int, extra: Int) {
        let entry = lengthTable[length]
        return (Int(entry.code), Int(entry.bits), length - Int(entry.base))
    }

    /// RFC 1951 3.2.5, by length (258 has a code of its own).
    private static let lengthTable: [(code: UInt16, bits: UInt8, base: UInt16)] = {
        let bases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227]
        let extras = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5]
        var table = [(code: UInt16, bits: UInt8, base: UInt16)](repeating: (0, 0, 0), count: 259)
        for (index, base) in bases.enumerated() {
            for length in base..<Swift.min(258, base + (1 << extras[index])) {
                table[length] = (UInt16(257 + index), UInt8(extras[index]), UInt16(base))
            }
        }
        table[258] = (285, 0, 258)
        return table
    }()

    /// Huffman code lengths for `counts`, none longer than `limit` (counts are flattened until they fit).
    static func codeLengths(_ counts: [Int], limit: Int) -> [Int] {
        var weights = counts
        while true {
            let lengths = huffmanLengths(weights)
            if (lengths.max() ?? 0) <= limit { return lengths }
            weights = weights.map { $0 == 0 ? 0 : ($0 + 1) / 2 }
        }
    }

    private static func huffmanLengths(_ counts: [Int]) -> [Int] {
        var lengths = [Int](repeating: 0, count: counts.count)
        let used = counts.indices.filter { counts[$0] > 0 }
        if used.count == 1 { lengths[used[0]] = 1; return lengths }
        guard !used.isEmpty else { return lengths }
        // Nodes: leaves first, then internal nodes; parent links give each leaf's depth.
        var weight = used.map { counts[$0] }
        var parent = [Int](repeating: -1, count: used.count)
        var leaves = used.indices.sorted { (weight[$0], $0) < (weight[$1], $1) }[...]
        var merged: [Int] = []
        var nextMerged = 0
        func takeLightest() -> Int {
            if let leaf = leaves.first, nextMerged >= merged.count || weight[leaf] <= weight[merged[nextMerged]] {
                leaves.removeFirst()
                return leaf
            }
            nextMerged += 1
            return merged[nextMerged - 1]
        }
        for _ in 0..<(used.count - 1) {
            let a = takeLightest(), b = takeLightest()
            let node = weight.count
            weight.append(weight[a] + weight[b])
            parent.append(-1)
            parent[a] = node
            parent[b] = node
            merged.append(node)
        }
        var depth = [Int](repeating: 0, count: weight.count)
        for node in stride(from: weight.count - 2, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }
        for (leaf, symbol) in used.enumerated() { lengths[symbol] = depth[leaf] }
        return lengths
    }

    /// Canonical codes (RFC 1951 3.2.2), bit-reversed for writing least significant bit first.
    static func canonicalCodes(_ lengths: [Int]) -> [UInt64] {
        let longest = lengths.max() ?? 0
        var perLength = [Int](repeating: 0, count: longest + 1)
        for length in lengths where length > 0 { perLength[length] += 1 }
        var next = [Int](repeating: 0, count: longest + 2)
        var code = 0
        for length in 1...Swift.max(1, longest) {
            code = (code + (length - 1 < perLength.count ? perLength[length - 1] : 0)) << 1
            next[length] = code
        }
        var codes = [UInt64](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            var value = next[length], reversed = 0
            next[length] += 1
            for _ in 0..<length { reversed = reversed << 1 | value & 1; value >>= 1 }
            codes[symbol] = UInt64(reversed)
        }
        return codes
    }
}

/// Bits written least significant first into a buffer sized in advance (with 8 bytes to spare).
private struct BitWriter {
    private let base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var pending: UInt64 = 0
    private var pendingBits = 0

    init(_ base: UnsafeMutablePointer<UInt8>) { self.base = base }

    @inline(__always) mutating func write(_ value: UInt64, _ bits: Int) {
        pending |= value << UInt64(pendingBits)
        pendingBits &+= bits
        if pendingBits >= 32 {
            UnsafeMutableRawPointer(base + count).storeBytes(of: UInt32(truncatingIfNeeded: pending).littleEndian, as: UInt32.self)
            count &+= 4
            pending >>= 32
            pendingBits &-= 32
        }
    }

    /// Pads to a whole byte.
    mutating func flush() {
        while pendingBits > 0 {
            base[count] = UInt8(truncatingIfNeeded: pending)
            count += 1
            pending >>= 8
            pendingBits = Swift.max(0, pendingBits - 8)
        }
    }

    mutating func bytes(_ values: UInt8...) {
        for value in values { base[count] = value; count += 1 }
    }
}
