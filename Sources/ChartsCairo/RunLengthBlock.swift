/// One dynamic-Huffman deflate block (RFC 1951) of literals and runs of zeros (matches at
/// distance 1), for filtered scanlines that are nearly all zeros: no match search, two linear
/// passes, one to count symbols and one to write them.
enum RunLengthBlock {
    /// The block coding `data`, starting on a whole byte. When it is not the `last` block of the
    /// stream it ends with an empty stored block, so the next one starts on a whole byte too and
    /// blocks coded apart (on other threads) are simply concatenated.
    static func encode(_ data: UnsafeRawBufferPointer, last: Bool) -> [UInt8] {
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
        let literalLengths = HuffmanCode.codeLengths(literalCounts, limit: 15)
        let distanceLengths = [1]   // distance 1 only (code 0); a single one-bit code
        let literalCodes = HuffmanCode.canonicalCodes(literalLengths)

        // The code lengths of both alphabets, themselves Huffman coded (without run-length codes).
        let literalCount = Swift.max(257, (literalLengths.lastIndex { $0 > 0 } ?? 256) + 1)
        let allLengths = Array(literalLengths[0..<literalCount]) + distanceLengths
        var lengthCounts = [Int](repeating: 0, count: 19)
        for length in allLengths { lengthCounts[length] += 1 }
        if lengthCounts.filter({ $0 > 0 }).count < 2 { lengthCounts[lengthCounts[0] > 0 ? 1 : 0] += 1 }   // a code needs two symbols
        let lengthLengths = HuffmanCode.codeLengths(lengthCounts, limit: 7)
        let lengthCodes = HuffmanCode.canonicalCodes(lengthLengths)
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        let lengthCodeCount = Swift.max(4, (order.lastIndex { lengthLengths[$0] > 0 } ?? 0) + 1)

        var bits = 3 + 5 + 5 + 4 + 3 * lengthCodeCount + extraBits + runs   // header, extra bits, one distance bit a run
        for length in allLengths { bits += lengthLengths[length] }
        for symbol in 0..<286 { bits += literalCounts[symbol] * literalLengths[symbol] }
        let capacity = (bits + 7) / 8 + 5 + 8   // and an empty stored block after a block that is not the last
        return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, written in
            var writer = BitWriter(buffer.baseAddress!)
            writer.write(last ? 1 : 0, 1)   // the final block or not
            writer.write(2, 2)              // dynamic Huffman codes
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
            if !last {
                // An empty stored block (not the last, type 0, padding, length 0 and its complement),
                // as zlib's Z_SYNC_FLUSH writes it: the next block starts on a whole byte.
                writer.write(0, 3)
                writer.flush()
                writer.bytes(0x00, 0x00, 0xFF, 0xFF)
            }
            writer.flush()
            precondition(writer.count <= capacity, "deflate output larger than computed")
            written = writer.count
        }
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
}
