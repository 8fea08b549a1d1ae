import Charts

/// Something drawn on a page, already positioned (points from the page's top-left corner).
enum PageItem {
    case text(TextBox, lines: Range<Int>, x: Double, y: Double)
    case rectangle(x: Double, y: Double, width: Double, height: Double, fill: String)
    case line(x1: Double, y1: Double, x2: Double, y2: Double, color: String, width: Double)
    case figure(Scene, x: Double, y: Double)
    /// A link target (a heading), for internal links and the outline.
    case destination(name: String, y: Double)
}

/// One page's items.
struct LaidOutPage {
    var items: [PageItem] = []
}

/// A heading as the contents and the PDF outline list it.
struct OutlineEntry {
    var level: Int
    var title: String
    var destination: String
    var page: Int
}
