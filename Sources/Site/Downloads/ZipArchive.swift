/// Writes a ZIP archive with stored (uncompressed) entries and fixed timestamps, so the same files
/// always give the same bytes. Enough for XLSX downloads; not a general ZIP library.
struct ZipArchive {
    private var data: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    mutating func add(_ path: String, _ contents: [UInt8]) {
        let name = Array(path.utf8)
        let crc = CRC32.checksum(contents)
        let offset = UInt32(data.count)
        // Local file header.
        data += le32(0x0403_4B50) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)
        data += le32(crc) + le32(UInt32(contents.count)) + le32(UInt32(contents.count)) + le16(UInt16(name.count)) + le16(0)
        data += name + contents
        // Central directory entry.
        directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)
        directory += le32(crc) + le32(UInt32(contents.count)) + le32(UInt32(contents.count)) + le16(UInt16(name.count))
        directory += le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        count += 1
    }

    var bytes: [UInt8] {
        let end = le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(count)) + le16(UInt16(count))
            + le32(UInt32(directory.count)) + le32(UInt32(data.count)) + le16(0)
        return data + directory + end
    }

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}

/// The CRC-32 ZIP uses (polynomial 0xEDB88320).
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { index in
        (0..<8).reduce(UInt32(index)) { crc, _ in crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        ~bytes.reduce(UInt32.max) { crc, byte in table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
}
