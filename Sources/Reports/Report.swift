import BICore

/// One parsed report file: front matter, its queries, and the body as Markdown and components.
public struct Report: Sendable, Hashable {
    /// Path relative to the project root, `reports/products/overview.md`.
    public var path: String
    public var frontMatter: FrontMatter
    /// The `sql NAME` and `ask NAME` blocks, in file order.
    public var queries: [QueryBlock]
    /// Markdown text and components, in file order; query blocks are taken out.
    public var body: [ReportNode]

    public init(path: String, frontMatter: FrontMatter, queries: [QueryBlock], body: [ReportNode]) {
        self.path = path
        self.frontMatter = frontMatter
        self.queries = queries
        self.body = body
    }

    /// The query called `name`.
    public func query(named name: String) -> QueryBlock? { queries.first { $0.name == name } }

    /// Every component in the body, containers before their children.
    public var allComponents: [Component] {
        func walk(_ nodes: [ReportNode]) -> [Component] {
            nodes.flatMap { node -> [Component] in
                guard case .component(let component) = node else { return [] }
                return [component] + walk(component.children)
            }
        }
        return walk(body)
    }
}

/// A fenced query block: ```` ```sql monthly ```` or ```` ```ask top_products ````.
public struct QueryBlock: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case sql, ask }

    public var name: String
    public var kind: Kind
    /// The block's content, without the fences.
    public var text: String
    /// Where the opening fence is.
    public var location: SourceLocation
    /// Where the first line of `text` is.
    public var textLocation: SourceLocation

    public init(name: String, kind: Kind, text: String, location: SourceLocation, textLocation: SourceLocation) {
        self.name = name
        self.kind = kind
        self.text = text
        self.location = location
        self.textLocation = textLocation
    }

    /// The file position of a UTF-8 offset into `text`, for database errors that point into the SQL.
    public func location(ofOffset offset: Int) -> SourceLocation {
        let prefix = text.utf8.prefix(offset)
        let newlines = prefix.filter { $0 == UInt8(ascii: "\n") }.count
        let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { prefix.distance(from: prefix.startIndex, to: $0) + 1 } ?? 0
        let column = String(decoding: prefix.dropFirst(lineStart), as: UTF8.self).count + 1
        return textLocation.offset(lines: newlines, column: newlines == 0 ? textLocation.column + column - 1 : column)
    }
}

/// A piece of a report body.
public enum ReportNode: Sendable, Hashable {
    /// Markdown source, starting at `location`.
    case markdown(String, SourceLocation)
    case component(Component)
}

/// A component tag such as `<BarChart data=monthly x=month y=revenue />`.
public struct Component: Sendable, Hashable {
    public var name: String
    public var attributes: [Attribute]
    /// The content of a container tag (`<Grid>` … `</Grid>`); empty for self-closing tags.
    public var children: [ReportNode]
    /// Whether the tag stands on its own lines (a block) or inside a paragraph (inline).
    public var isBlock: Bool
    public var location: SourceLocation

    public init(name: String, attributes: [Attribute], children: [ReportNode] = [], isBlock: Bool, location: SourceLocation) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.isBlock = isBlock
        self.location = location
    }

    /// The attribute called `name`.
    public func attribute(_ name: String) -> Attribute? { attributes.first { $0.name == name } }

    /// The value of the attribute called `name`.
    public subscript(name: String) -> String? { attribute(name)?.value }
}

/// `name=value`, `name="value"`, `name={value}`, or a bare `name` (the value `true`).
public struct Attribute: Sendable, Hashable {
    public var name: String
    public var value: String
    /// Where the attribute name starts.
    public var location: SourceLocation
    /// Where the value starts (after a quote or brace).
    public var valueLocation: SourceLocation

    public init(name: String, value: String, location: SourceLocation, valueLocation: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
        self.valueLocation = valueLocation
    }
}
