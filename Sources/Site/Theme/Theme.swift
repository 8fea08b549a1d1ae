import BICore
import DefaultTheme
import Foundation
import Mustache

/// The page template and static assets a site is laid out with: the project's own `Templates/`
/// folder when it has one, else the default theme built into `bi`.
public struct Theme: Sendable {
    let page: MustacheTemplate
    /// Files copied to the output as they are, by path inside it (`assets/bi.css`).
    public let assets: [(path: String, bytes: [UInt8])]

    /// - Throws: a ``Diagnostic`` at the template's line and column when it does not parse.
    public static func load(projectDirectory: String) throws -> Theme {
        let folder = FilePathJoin.join(projectDirectory, "Templates")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return try Theme(files: DefaultTheme.files, origin: "default theme")
        }
        var files: [(String, [UInt8])] = []
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            let path = FilePathJoin.join(folder, relative)
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: path) else { continue }
            files.append((relative, [UInt8](data)))
        }
        return try Theme(files: files.sorted { $0.0 < $1.0 }, origin: "Templates")
    }

    init(files: [(path: String, bytes: [UInt8])], origin: String) throws {
        guard let source = files.first(where: { $0.path == "page.mustache" }) else {
            throw Diagnostic(at: SourceLocation(file: "Templates", line: 1, column: 1), "Templates/ has no page.mustache",
                             hint: "add one (run `bi new` to see the default), or remove Templates/ to use the default theme")
        }
        do {
            page = try MustacheTemplate(string: String(decoding: source.bytes, as: UTF8.self))
        } catch let error as MustacheTemplate.ParserError {
            throw Diagnostic(at: SourceLocation(file: "Templates/page.mustache", line: error.context.lineNumber, column: error.context.columnNumber),
                             "the page template does not parse: \(error.error)")
        }
        assets = files.filter { $0.path.hasPrefix("assets/") }
    }

    /// The whole HTML document of a page.
    public func render(_ page: PageValues) -> String { self.page.render(page.dictionary) }
}

/// What the page template sees.
public struct PageValues: Sendable {
    /// The page title, as text (for `<title>`).
    public var title: String
    /// The page heading, as HTML (it may hold inline markup from the report's `# Heading`).
    public var heading: String
    public var siteTitle: String
    public var description: String?
    /// `../` prefixes to the site root.
    public var root: String
    public var navigation: String
    public var breadcrumbs: String
    /// "On this page" links for long reports (empty otherwise).
    public var contents: String
    public var content: String
    public var asOf: String?

    public init(title: String, heading: String, siteTitle: String, description: String?, root: String, navigation: String,
                breadcrumbs: String = "", contents: String = "", content: String, asOf: String?) {
        self.title = title
        self.heading = heading
        self.siteTitle = siteTitle
        self.description = description
        self.root = root
        self.navigation = navigation
        self.breadcrumbs = breadcrumbs
        self.contents = contents
        self.content = content
        self.asOf = asOf
    }

    var dictionary: [String: Any] {
        var values: [String: Any] = ["title": title, "heading": heading, "siteTitle": siteTitle, "root": root,
                                     "nav": navigation, "breadcrumbs": breadcrumbs, "contents": contents, "content": content]
        if let description { values["description"] = description }
        if let asOf { values["asOf"] = asOf }
        return values
    }
}

enum FilePathJoin {
    static func join(_ base: String, _ path: String) -> String {
        base.isEmpty || base == "." ? path : (base.hasSuffix("/") ? base + path : base + "/" + path)
    }
}
