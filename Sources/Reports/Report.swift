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

    /// Where `text` first appears in the report's Markdown, if it does.
    public func location(of text: String) -> SourceLocation? {
        func search(_ nodes: [ReportNode]) -> SourceLocation? {
            for node in nodes {
                if case .markdown(let markdown, let start) = node, let range = markdown.firstRange(of: text) {
                    let before = markdown[..<range.lowerBound]
                    let lines = before.filter { $0 == "\n" }.count
                    let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
                    return start.offset(lines: lines, column: lines == 0 ? start.column + column - 1 : column)
                }
                if let found = search(node.children) { return found }
            }
            return nil
        }
        return search(body)
    }

    /// Every component in the body, containers before their children, inside loops and branches too.
    public var allComponents: [Component] { ReportNode.components(in: body) }
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
public indirect enum ReportNode: Sendable, Hashable {
    /// Markdown source, starting at `location`. It may hold `{row.column}` and `{params.name}`
    /// references, filled in when the page renders.
    case markdown(String, SourceLocation)
    case component(Component)
    /// `{#each top as row}` … `{/each}`: the children once per row of a query.
    case each(EachBlock)
    /// `{#if …}` … `{:else if …}` … `{:else}` … `{/if}`.
    case conditional(ConditionalBlock)
    /// `{@partial "header.md"}`: the nodes of a file in `partials/`, spliced in when the project loads.
    case partial(path: String, location: SourceLocation)
}

/// `{#each QUERY as NAME}` … `{/each}`.
public struct EachBlock: Sendable, Hashable {
    public var query: String
    /// The name the loop body uses for the current row (`row` in `{row.revenue}`).
    public var alias: String
    public var children: [ReportNode]
    public var location: SourceLocation
    /// Where the query name is written.
    public var queryLocation: SourceLocation

    public init(query: String, alias: String, children: [ReportNode], location: SourceLocation, queryLocation: SourceLocation) {
        self.query = query
        self.alias = alias
        self.children = children
        self.location = location
        self.queryLocation = queryLocation
    }
}

/// `{#if A}` … `{:else if B}` … `{:else}` … `{/if}`: the first branch whose condition holds.
public struct ConditionalBlock: Sendable, Hashable {
    public struct Branch: Sendable, Hashable {
        /// Nil for the final `{:else}`.
        public var condition: Expression?
        public var children: [ReportNode]
        public var location: SourceLocation

        public init(condition: Expression?, children: [ReportNode], location: SourceLocation) {
            self.condition = condition
            self.children = children
            self.location = location
        }
    }

    public var branches: [Branch]
    public var location: SourceLocation

    public init(branches: [Branch], location: SourceLocation) {
        self.branches = branches
        self.location = location
    }
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

extension ReportNode {
    /// The nodes directly inside this one (container content, loop body, every branch).
    public var children: [ReportNode] {
        switch self {
        case .markdown, .partial: []
        case .component(let component): component.children
        case .each(let block): block.children
        case .conditional(let block): block.branches.flatMap(\.children)
        }
    }

    /// Every component in `nodes` and below them.
    public static func components(in nodes: [ReportNode]) -> [Component] {
        nodes.flatMap { node -> [Component] in
            let inner = components(in: node.children)
            if case .component(let component) = node { return [component] + inner }
            return inner
        }
    }
}
