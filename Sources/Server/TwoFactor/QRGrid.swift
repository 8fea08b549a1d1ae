/// The module grid of a QR code while it is built: function patterns, data, format and version bits.
struct QRGrid {
    let version: Int
    let size: Int
    var dark: [[Bool]]
    /// Modules of function patterns, which data and masks leave alone.
    var reserved: [[Bool]]

    init(version: Int) {
        self.version = version
        size = version * 4 + 17
        dark = Array(repeating: Array(repeating: false, count: size), count: size)
        reserved = dark
        placeFunctionPatterns()
    }

    mutating func set(_ row: Int, _ column: Int, _ value: Bool) {
        dark[row][column] = value
        reserved[row][column] = true
    }

    mutating func placeFunctionPatterns() {
        for index in 0..<size {
            set(6, index, index % 2 == 0)
            set(index, 6, index % 2 == 0)
        }
        for (row, column) in [(3, 3), (3, size - 4), (size - 4, 3)] {
            for dy in -4...4 {
                for dx in -4...4 {
                    let y = row + dy, x = column + dx
                    guard (0..<size).contains(y), (0..<size).contains(x) else { continue }
                    let distance = max(abs(dx), abs(dy))
                    set(y, x, distance != 2 && distance != 4)
                }
            }
        }
        let centres = QRGrid.alignmentCentres[version - 1]
        for row in centres {
            for column in centres where !(row == 6 && column == 6) && !(row == 6 && column == centres.last!) && !(row == centres.last! && column == 6) {
                for dy in -2...2 { for dx in -2...2 { set(row + dy, column + dx, max(abs(dx), abs(dy)) != 1) } }
            }
        }
        placeFormat(mask: 0)     // reserves the format areas; overwritten once the mask is chosen
        set(size - 8, 8, true)   // the dark module
        if version >= 7 { placeVersion() }
    }

    /// Data bits in the zig-zag order of the standard, masked.
    mutating func placeData(_ codewords: [UInt8], mask: Int) {
        var bit = 0
        let total = codewords.count * 8
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            for vertical in 0..<size {
                for offset in 0..<2 {
                    let column = right - offset
                    let upward = (right + 1) & 2 == 0
                    let row = upward ? size - 1 - vertical : vertical
                    guard !reserved[row][column] else { continue }
                    var value = false
                    if bit < total { value = (codewords[bit >> 3] >> (7 - UInt8(bit & 7))) & 1 == 1 }
                    bit += 1
                    dark[row][column] = value != QRGrid.masked(mask, row: row, column: column)
                }
            }
            right -= 2
        }
    }

    static func masked(_ mask: Int, row y: Int, column x: Int) -> Bool {
        switch mask {
        case 0: (x + y) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (x + y) % 3 == 0
        case 4: (x / 3 + y / 2) % 2 == 0
        case 5: x * y % 2 + x * y % 3 == 0
        case 6: (x * y % 2 + x * y % 3) % 2 == 0
        default: ((x + y) % 2 + x * y % 3) % 2 == 0
        }
    }

    /// Level M (bits 00) and the mask, BCH-protected, twice around the finders.
    mutating func placeFormat(mask: Int) {
        let data = mask   // level M is 0b00
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = (data << 10 | remainder) ^ 0x5412
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        for index in 0...5 { set(index, 8, bit(index)) }
        set(7, 8, bit(6))
        set(8, 8, bit(7))
        set(8, 7, bit(8))
        for index in 9..<15 { set(8, 14 - index, bit(index)) }
        for index in 0..<8 { set(8, size - 1 - index, bit(index)) }
        for index in 8..<15 { set(size - 15 + index, 8, bit(index)) }
    }

    mutating func placeVersion() {
        var remainder = version
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        let bits = version << 12 | remainder
        for index in 0..<18 {
            let value = (bits >> index) & 1 == 1
            let a = size - 11 + index % 3, b = index / 3
            set(a, b, value)
            set(b, a, value)
        }
    }

    static let alignmentCentres: [[Int]] = [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
    ]
}
