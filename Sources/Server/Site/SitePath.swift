import Foundation
/// Turns a request path into a key of the in-memory site, refusing anything that could reach
/// outside it. The site is a dictionary of built files, so no path ever touches the disk; this
/// still rejects what an attacker would try, so that it can be audited.
///
/// ```swift
/// SitePath.resolve("/sales/")             // .file("sales/index.html")
/// SitePath.resolve("/%2e%2e/etc/passwd")  // .rejected
/// ```
enum SitePath: Equatable {
    case file(String)
    /// A traversal attempt or an undecodable path.
    case rejected

    static func resolve(_ rawPath: String) -> SitePath {
        // Most paths are plain (letters, digits, `-_.~/`): nothing to decode, nothing hidden.
        let decoded: String
        if rawPath.utf8.allSatisfy(isPlain) {
            decoded = rawPath
        } else {
            let lowered = rawPath.lowercased()
            // Backslashes, encoded or not, and double encoding (%25) are never part of a site path.
            guard !rawPath.contains("\\"), !lowered.contains("%5c"), !lowered.contains("%25"),
                  let unescaped = rawPath.removingPercentEncoding else { return .rejected }
            decoded = unescaped
        }
        guard decoded.hasPrefix("/"),
              !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }) else { return .rejected }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard !segments.contains(where: { $0 == ".." || $0 == "." }),
              !segments.dropLast().contains(where: \.isEmpty) else { return .rejected }
        var path = segments.joined(separator: "/")
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        return .file(path)
    }

    private static func isPlain(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return (folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "~")
            || byte == UInt8(ascii: "/")
    }
}
