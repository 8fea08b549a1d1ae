/// The default theme: the files of the repository's `Templates/` folder, compiled into `bi`, so a
/// project without its own `Templates/` still builds a complete site.
public enum DefaultTheme {
    /// Each file's path inside `Templates/` and its bytes.
    public static let files: [(path: String, bytes: [UInt8])] = [
        ("page.mustache", PackageResources.page_mustache),
        ("assets/bi.css", PackageResources.bi_css),
        ("assets/bi.js", PackageResources.bi_js),
        ("assets/favicon.svg", PackageResources.favicon_svg),
    ]
}
