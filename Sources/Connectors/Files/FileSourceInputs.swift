import BICore
import Foundation

/// One file (or download) of a file source, and how to read its tables.
struct FileSourceInput {
    /// The path as the user wrote it (or the URL without its query), for messages and the manifest.
    var file: String
    /// Changes whenever the content may have.
    var fingerprint: String
    var load: () throws -> [(name: String, table: FieldTable)]
}

/// Lists the inputs of a `csv:`, `xlsx:` or `json:` source: a file, the matching files of a folder, or a URL.
struct FileSourceInputs {
    let url: SourceURL
    let options: SourceOptions
    let baseDirectory: String
    let environment: @Sendable (String) -> String?

    func list() throws -> [FileSourceInput] {
        if url.scheme == .json, url.path.hasPrefix("http://") || url.path.hasPrefix("https://") { return [try download()] }
        let shown = url.path
        let full = FilePath.resolve(url.path, against: baseDirectory)
        guard let fingerprint = FileFingerprint.of(full) else { throw ConnectorError(.missingFile(shown)) }
        guard FileFingerprint.isFolder(full) else { return [input(full, shown: shown, fingerprint: fingerprint)] }
        let extensions: Set<String> = switch url.scheme {
        case .csv: ["csv", "tsv", "txt"]
        case .json: ["json", "ndjson", "jsonl"]
        default: ["xlsx"]
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: full)
            .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) && !$0.hasPrefix(".") }
            .sorted()
        return names.compactMap { name in
            let path = full.hasSuffix("/") ? full + name : full + "/" + name
            let shownPath = shown.hasSuffix("/") ? shown + name : shown + "/" + name
            return FileFingerprint.of(path).map { input(path, shown: shownPath, fingerprint: $0) }
        }
    }

    private func input(_ path: String, shown: String, fingerprint: String) -> FileSourceInput {
        let stem = ((shown as NSString).lastPathComponent as NSString).deletingPathExtension
        let pathExtension = (path as NSString).pathExtension.lowercased()
        switch url.scheme {
        case .xlsx:
            return FileSourceInput(file: shown, fingerprint: fingerprint) {
                try XLSXWorkbook(path: path, name: shown).sheets()
            }
        case .json:
            let records = options.records
            return FileSourceInput(file: shown, fingerprint: fingerprint) {
                let bytes = try CSVReader.contents(of: path)
                let isStream = pathExtension == "ndjson" || pathExtension == "jsonl"
                return [(stem, JSONRecords.table(of: try JSONRecords.records(in: bytes, pointer: records, isStream: isStream, name: shown)))]
            }
        default:
            return FileSourceInput(file: shown, fingerprint: fingerprint) {
                [(stem, try CSVReader.fields(of: CSVReader.contents(of: path), name: shown))]
            }
        }
    }

    /// Downloads every page now: the content itself is the fingerprint.
    private func download() throws -> FileSourceInput {
        let fetcher = HTTPFetcher(headers: options.headers, next: options.next, records: options.records, environment: environment)
        let records = try fetcher.fetchRecords(from: url.path)
        let table = JSONRecords.table(of: records)
        let shown = URL(string: url.path).map(HTTPFetcher.redacted) ?? "the API"
        let name = options.table ?? URL(string: url.path).map { ($0.lastPathComponent as NSString).deletingPathExtension }
            .flatMap { $0.isEmpty || $0 == "/" ? nil : $0 } ?? "records"
        return FileSourceInput(file: shown, fingerprint: "sha:" + ContentHash.hex(of: table.storage)) { [(name, table)] }
    }
}

/// A 64-bit FNV-1a hash: enough to notice changed content, not for security.
enum ContentHash {
    static func hex(of bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }
}
