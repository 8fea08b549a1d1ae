import Charts
import CPangoCairo

/// Flows blocks onto pages: headings stay with what follows, a chart is never split (and shrinks to
/// fit a page if it must), paragraphs split without leaving a single line behind or ahead (no widows
/// or orphans), tables repeat their header row on every page they continue on.
struct Paginator {
    let geometry: PageGeometry
    let context: OpaquePointer
    /// A figure drawn at a width, by the id the page gave it.
    var figure: (String, Double) -> Scene?
    /// Rewrites a link target for the PDF (nil drops the link, keeping the text).
    var link: (String) -> String?
    var pages: [LaidOutPage] = [LaidOutPage()]
    var outline: [OutlineEntry] = []
    var y: Double
    /// Prefixes destination names, so headings of different reports in one PDF stay distinct.
    var namespace = ""
    /// Headings without an id so far (their destinations are numbered).
    var anonymousHeadings = 0

    init(geometry: PageGeometry, context: OpaquePointer, figure: @escaping (String, Double) -> Scene?, link: @escaping (String) -> String?) {
        self.geometry = geometry
        self.context = context
        self.figure = figure
        self.link = link
        y = geometry.contentTop
    }

    /// The same paginator drawing another report's figures and links.
    func with(figure: @escaping (String, Double) -> Scene?, link: @escaping (String) -> String?) -> Paginator {
        var copy = self
        copy.figure = figure
        copy.link = link
        return copy
    }

    var bottom: Double { geometry.contentBottom }
    var pageIndex: Int { pages.count - 1 }

    mutating func newPage() {
        pages.append(LaidOutPage())
        y = geometry.contentTop
    }

    mutating func add(_ item: PageItem) { pages[pages.count - 1].items.append(item) }

    /// Starts a new page unless `height` still fits on this one.
    mutating func ensure(_ height: Double) {
        if y + height > bottom, y > geometry.contentTop { newPage() }
    }

    func box(_ text: StyledText, _ style: TextStyle, width: Double) -> TextBox {
        TextBox(StyledText(text.runs.map { run in
            var run = run
            run.link = run.link.flatMap(link)
            return run
        }), style: style, width: width, context: context)
    }

    // MARK: - Blocks

    mutating func place(_ blocks: [DocumentBlock], x: Double, width: Double) {
        for (index, block) in blocks.enumerated() {
            let next = index + 1 < blocks.count ? blocks[index + 1] : nil
            place(block, followedBy: next, x: x, width: width)
        }
    }

    mutating func place(_ block: DocumentBlock, followedBy next: DocumentBlock?, x: Double, width: Double) {
        switch block {
        case .heading(let level, let text, let id):
            let box = self.box(text, .heading(level), width: width)
            let before: Double = level <= 2 ? 16 : (level == 3 ? 12 : 8)
            if y > geometry.contentTop { y += before }
            ensure(box.height + 6 + minimumStart(of: next, width: width))
            anonymousHeadings += id == nil ? 1 : 0
            let name = namespace + (id ?? "heading-\(anonymousHeadings)")
            add(.destination(name: name, y: y))
            if level <= 3 { outline.append(OutlineEntry(level: level, title: text.plainText, destination: name, page: pageIndex)) }
            add(.text(box, lines: 0..<box.lines.count, x: x, y: y))
            y += box.height + 6
        case .paragraph(let text):
            placeText(box(text, .body, width: width), x: x, after: 7)
        case .code(let text):
            placeCode(text, x: x, width: width)
        case .rule:
            ensure(12)
            add(.line(x1: x, y1: y + 6, x2: x + width, y2: y + 6, color: "#d9e2ec", width: 0.75))
            y += 14
        case .list(let ordered, let items):
            placeList(items, ordered: ordered, x: x, width: width)
        case .quote(let blocks):
            decorate(x: x, width: width, padding: 0) { paginator in
                paginator.place(blocks, x: x + 12, width: width - 12)
            } background: { _, top, height in
                [.line(x1: x + 2, y1: top, x2: x + 2, y2: top + height - 7, color: "#9fb3c8", width: 2.5)]
            }
        case .callout(let title, let blocks):
            decorate(x: x, width: width, padding: 8) { paginator in
                if let title { paginator.placeText(paginator.box(StyledText([.init(text: title, bold: true)]), .body, width: width - 24), x: x + 14, after: 3) }
                paginator.place(blocks, x: x + 14, width: width - 24)
            } background: { _, top, height in
                [.rectangle(x: x, y: top, width: width, height: height, fill: "#eef3f9"),
                 .rectangle(x: x, y: top, width: 3, height: height, fill: "#0f4c81")]
            }
        case .table(let table):
            placeTable(table, x: x, width: width)
        case .figure(let id):
            placeFigure(id, x: x, width: width)
        }
    }

    /// The height the next block needs at the bottom of a page, so a heading is not left alone.
    func minimumStart(of block: DocumentBlock?, width: Double) -> Double {
        switch block {
        case .figure(let id)?: figureHeight(id, width: width)
        case .table?: 56
        case .paragraph?, .list?, .code?, .quote?, .callout?: 30
        default: 0
        }
    }
}
