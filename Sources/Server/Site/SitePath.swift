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
        let lowered = rawPath.lowercased()
        // Backslashes, encoded or not, and double encoding (%25) are never part of a site path.
        guard !rawPath.contains("\\"), !lowered.contains("%5c"), !lowered.contains("%25"),
              let decoded = rawPath.removingPercentEncoding else { return .rejected }
        guard decoded.hasPrefix("/"),
              !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }) else { return .rejected }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard !segments.contains(where: { $0 == ".." || $0 == "." }),
              !segments.dropLast().contains(where: \.isEmpty) else { return .rejected }
        var path = segments.joined(separator: "/")
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        return .file(path)
    }
}
