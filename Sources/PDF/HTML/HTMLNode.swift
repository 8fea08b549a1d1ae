/// A node of the page HTML the site writes: enough structure to lay the page out again for print.
indirect enum HTMLNode: Equatable {
    case element(HTMLElement)
    case text(String)
}

/// An element with its attributes and children.
struct HTMLElement: Equatable {
    var name: String
    var attributes: [String: String]
    var children: [HTMLNode]

    subscript(attribute: String) -> String? { attributes[attribute] }

    var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

    func hasClass(_ name: String) -> Bool { classes.contains(name) }

    /// The text of the element and its descendants, whitespace as written.
    var text: String {
        children.map { node in
            switch node {
            case .text(let text): text
            case .element(let element): element.name == "br" ? "\n" : element.text
            }
        }.joined()
    }

    /// Child elements, skipping text.
    var elements: [HTMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The first descendant (depth first) that matches.
    func first(where matches: (HTMLElement) -> Bool) -> HTMLElement? {
        for element in elements {
            if matches(element) { return element }
            if let found = element.first(where: matches) { return found }
        }
        return nil
    }

    /// Every descendant that matches, in document order.
    func all(where matches: (HTMLElement) -> Bool) -> [HTMLElement] {
        elements.flatMap { element in (matches(element) ? [element] : []) + element.all(where: matches) }
    }
}
