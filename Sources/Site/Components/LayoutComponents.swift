import BICore
import Reports

/// `<Grid cols=2>`: its content side by side in columns, one column on a phone.
public struct GridComponent: ComponentRenderer {
    public init() {}
    public var spec: ComponentSpec { ComponentSpec("Grid", attributes: [.init("cols", .number)], isContainer: true) }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        let columns = Swift.max(1, Swift.min(4, component["cols"].flatMap(Int.init) ?? 2))
        return "<div class=\"bi-grid bi-cols-\(columns)\">\n\(content)</div>"
    }
}

/// `<Tabs>` with `<Tab label="…">` panels: tabs that work without JavaScript (radio buttons and CSS).
public struct TabsComponent: ComponentRenderer {
    public init() {}
    public var spec: ComponentSpec { ComponentSpec("Tabs", attributes: [], isContainer: true) }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        let tabs = component.children.compactMap { node -> Component? in
            if case .component(let child) = node, child.name == "Tab" { return child }
            return nil
        }
        guard !tabs.isEmpty else { throw Diagnostic(at: component.location, "<Tabs> needs <Tab label=\"…\"> panels inside") }
        let id = context.makeID("tabs")
        var html = "<div class=\"bi-tabs\" role=\"group\">"
        for (index, tab) in tabs.enumerated() {
            html += "<input type=\"radio\" name=\"\(id)\" id=\"\(id)-\(index)\"\(index == 0 ? " checked" : "")>"
            html += "<label for=\"\(id)-\(index)\">\((tab["label"] ?? "Tab \(index + 1)").xmlEscaped)</label>"
        }
        return html + "\n" + content + "</div>"
    }
}

/// One panel of `<Tabs>`.
public struct TabComponent: ComponentRenderer {
    public init() {}
    public var spec: ComponentSpec { ComponentSpec("Tab", attributes: [.init("label", .text, required: true)], isContainer: true) }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        "<section class=\"tab-panel\" aria-label=\"\((component["label"] ?? "").xmlEscaped)\">\n\(content)</section>"
    }
}

/// `<Details title="…">`: content folded away until the reader opens it.
public struct DetailsComponent: ComponentRenderer {
    public init() {}
    public var spec: ComponentSpec { ComponentSpec("Details", attributes: [.init("title", .text), .init("open", .boolean)], isContainer: true) }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        "<details class=\"bi-details\"\(component["open"] == "true" ? " open" : "")><summary>\((component["title"] ?? "Details").xmlEscaped)</summary>\n\(content)</details>"
    }
}

/// `<Alert status=warning title="…">` and `<Note>`: a callout box.
public struct AlertComponent: ComponentRenderer {
    public let name: String
    public init(name: String) { self.name = name }

    public var spec: ComponentSpec {
        ComponentSpec(name, attributes: [.init("status", .choice(["info", "success", "warning", "error"])), .init("title", .text)], isContainer: true)
    }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        let status = component["status"] ?? "info"
        let role = status == "error" || status == "warning" ? "alert" : "note"
        var html = "<aside class=\"bi-alert bi-alert-\(status)\" role=\"\(role)\">"
        if let title = component["title"] { html += "<strong class=\"alert-title\">\(title.xmlEscaped)</strong>" }
        return html + "\n" + content + "</aside>"
    }
}

/// `<BigLink href="…">` and `<LinkButton href="…">`: a prominent link; its content is the label.
/// An `href` starting with `/` is relative to the site root, so it works from any page.
public struct LinkComponent: ComponentRenderer {
    public let name: String
    public init(name: String) { self.name = name }

    public var spec: ComponentSpec { ComponentSpec(name, attributes: [.init("href", .text, required: true)], isContainer: true) }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        var href = component["href"] ?? "#"
        if href.hasPrefix("/") { href = (context.links.current?.root ?? "") + href.dropFirst() }
        let label = content.trimming(" \n").replacing("<p>", with: "").replacing("</p>", with: "")
        return "<a class=\"\(name == "BigLink" ? "bi-big-link" : "bi-button")\" href=\"\(href.xmlEscaped)\">\(label)</a>"
    }
}

/// `<LastRefreshed />`: the day the data is as of.
public struct LastRefreshedComponent: ComponentRenderer {
    public init() {}
    public var spec: ComponentSpec { ComponentSpec("LastRefreshed", attributes: [.init("prefix", .text)], isInline: true) }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        "<span class=\"bi-refreshed\">\((component["prefix"] ?? "Data as of").xmlEscaped) <time datetime=\"\(context.asOf)\">\(context.asOf)</time></span>"
    }
}
