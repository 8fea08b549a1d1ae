/// Paths between the files of a built site, for link checks and PDF links alike.
public enum RelativePath {
    /// `path`, written in the folder `folder` ("" for the site's root), as a path from the root with
    /// `.` and `..` resolved; nil when it climbs out of the site.
    ///
    /// ```swift
    /// RelativePath.resolve("../regions.html", in: "products")   // "regions.html"
    /// ```
    public static func resolve(_ path: String, in folder: String) -> String? {
        var parts: [Substring] = []
        for part in (folder.isEmpty ? path : folder + "/" + path).split(separator: "/") where part != "." {
            if part == ".." {
                guard parts.popLast() != nil else { return nil }
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
