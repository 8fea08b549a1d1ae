import BICore

/// What a component tag may carry. The site stage declares one per component it renders; the
/// parser checks every tag against them, so a typo is a build error at its position.
public struct ComponentSpec: Sendable {
    public enum Kind: Sendable, Hashable {
        /// The name of a query of the report.
        case query
        /// A column of the component's `data` query.
        case column
        /// Comma-separated columns of the `data` query.
        case columns
        case text
        case number
        case boolean
        case choice([String])
    }

    public struct AttributeSpec: Sendable {
        public var name: String
        public var kind: Kind
        public var isRequired: Bool

        public init(_ name: String, _ kind: Kind, required: Bool = false) {
            self.name = name
            self.kind = kind
            isRequired = required
        }
    }

    public var name: String
    public var attributes: [AttributeSpec]
    /// Whether the tag wraps content (`<Grid>` … `</Grid>`) rather than closing itself.
    public var isContainer: Bool
    /// Whether it is text in a sentence (`<Value>`), even on a line of its own.
    public var isInline: Bool

    public init(_ name: String, attributes: [AttributeSpec], isContainer: Bool = false, isInline: Bool = false) {
        self.name = name
        self.attributes = attributes
        self.isContainer = isContainer
        self.isInline = isInline
    }

    public func attribute(_ name: String) -> AttributeSpec? { attributes.first { $0.name == name } }
}

/// Every component a project may use, by tag name.
public struct ComponentCatalog: Sendable {
    public private(set) var specs: [String: ComponentSpec]

    public init(_ specs: [ComponentSpec]) {
        self.specs = Dictionary(specs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public subscript(name: String) -> ComponentSpec? { specs[name] }
}
