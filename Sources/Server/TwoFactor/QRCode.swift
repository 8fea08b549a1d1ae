import State
/// A QR code (ISO/IEC 18004) in byte mode at error-correction level M, versions 1 to 10
/// (up to 213 bytes: enough for an `otpauth://` URI), drawn as inline SVG.
///
/// ```swift
/// let code = try QRCode(encoding: "otpauth://totp/SmartBI:ann?secret=…&issuer=SmartBI")
/// let svg = code.svg(moduleSize: 4)       // <svg …><path d="M4,4h7v1h-7z…"/></svg>
/// code.isDark(row: 0, column: 0)          // true: the top-left finder pattern
/// ```
struct QRCode: Sendable {
    struct TooLong: Error {}

    let version: Int
    let mask: Int
    /// Dark modules, row by row.
    let modules: [[Bool]]

    var size: Int { modules.count }

    /// - Parameter mask: force one of the 8 masks (0–7); nil picks the one the standard's penalty rules prefer.
    init(encoding text: String, mask forcedMask: Int? = nil) throws {
        let bytes = Array(text.utf8)
        guard let version = (1...QRCode.versions.count).first(where: { QRCode.byteCapacity(version: $0) >= bytes.count }) else { throw TooLong() }
        let codewords = QRCode.interleave(QRCode.dataCodewords(bytes, version: version), version: version)
        var best: (mask: Int, grid: QRGrid, penalty: Int)?
        for mask in forcedMask.map({ [$0] }) ?? Array(0..<8) {
            var grid = QRGrid(version: version)
            grid.placeData(codewords, mask: mask)
            grid.placeFormat(mask: mask)
            let penalty = grid.penalty()
            if best == nil || penalty < best!.penalty { best = (mask, grid, penalty) }
        }
        self.version = version
        mask = best!.mask
        modules = best!.grid.dark
    }

    func isDark(row: Int, column: Int) -> Bool { modules[row][column] }

    /// The code as an SVG image with a 4-module quiet zone, one path of unit squares.
    func svg(moduleSize: Int = 4) -> String {
        let full = size + 8
        var path = ""
        for (row, line) in modules.enumerated() {
            for (column, dark) in line.enumerated() where dark { path += "M\(column + 4),\(row + 4)h1v1h-1z" }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" width=\"\(full * moduleSize)\" height=\"\(full * moduleSize)\" "
            + "viewBox=\"0 0 \(full) \(full)\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR code for the authenticator app\">"
            + "<rect width=\"\(full)\" height=\"\(full)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }

    // MARK: - Codewords

    /// Per version at level M: error-correction codewords per block and the blocks' data codewords.
    struct Layout {
        let ecPerBlock: Int
        let blocks: [Int]
        var dataCodewords: Int { blocks.reduce(0, +) }
    }

    /// Bytes that fit in byte mode: 4 mode bits and an 8-bit (16-bit from version 10) count come first.
    static func byteCapacity(version: Int) -> Int { (versions[version - 1].dataCodewords * 8 - 4 - countBits(version)) / 8 }

    static func countBits(_ version: Int) -> Int { version < 10 ? 8 : 16 }

    static let versions: [Layout] = [
        Layout(ecPerBlock: 10, blocks: [16]), Layout(ecPerBlock: 16, blocks: [28]), Layout(ecPerBlock: 26, blocks: [44]),
        Layout(ecPerBlock: 18, blocks: [32, 32]), Layout(ecPerBlock: 24, blocks: [43, 43]),
        Layout(ecPerBlock: 16, blocks: [27, 27, 27, 27]), Layout(ecPerBlock: 18, blocks: [31, 31, 31, 31]),
        Layout(ecPerBlock: 22, blocks: [38, 38, 39, 39]), Layout(ecPerBlock: 22, blocks: [36, 36, 36, 37, 37]),
        Layout(ecPerBlock: 26, blocks: [43, 43, 43, 43, 44]),
    ]

    /// Mode, count, bytes, terminator and padding, as codewords.
    static func dataCodewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        let capacity = versions[version - 1].dataCodewords
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) { for shift in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) } }
        append(0b0100, 4)
        append(bytes.count, countBits(version))
        for byte in bytes { append(Int(byte), 8) }
        append(0, min(4, capacity * 8 - bits.count))
        while bits.count % 8 != 0 { bits.append(false) }
        var codewords = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<(start + 8)].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
        var pad: [UInt8] = [0xEC, 0x11]
        while codewords.count < capacity { codewords.append(pad[0]); pad.swapAt(0, 1) }
        return codewords
    }

    /// Splits data into blocks, adds Reed–Solomon codewords, and interleaves both.
    static func interleave(_ data: [UInt8], version: Int) -> [UInt8] {
        let layout = versions[version - 1]
        var blocks: [[UInt8]] = []
        var offset = 0
        for length in layout.blocks {
            blocks.append(Array(data[offset..<(offset + length)]))
            offset += length
        }
        let ec = blocks.map { ReedSolomon.remainder($0, degree: layout.ecPerBlock) }
        var result: [UInt8] = []
        for index in 0..<(layout.blocks.max() ?? 0) { for block in blocks where index < block.count { result.append(block[index]) } }
        for index in 0..<layout.ecPerBlock { for block in ec { result.append(block[index]) } }
        return result
    }
}
