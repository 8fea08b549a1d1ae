/// What a printed report shows, in reading order: text blocks, tables and figures. Built from the
/// page the site renders, so the PDF shows exactly what the page shows.
indirect enum DocumentBlock: Equatable {
    case heading(level: Int, text: StyledText, id: String?)
    case paragraph(StyledText)
    case list(ordered: Bool, items: [[DocumentBlock]])
    case quote([DocumentBlock])
    case code(String)
    case rule
    case table(TableBlock)
    /// A chart, drawn from its scene (looked up by the figure's id).
    case figure(id: String)
    /// A boxed note or alert.
    case callout(title: String?, blocks: [DocumentBlock])
}

/// Text with inline styles: the runs of a paragraph or heading.
struct StyledText: Equatable {
    struct Run: Equatable {
        var text: String
        var bold = false
        var italic = false
        var code = false
        var strikethrough = false
        var link: String?
    }

    var runs: [Run]

    init(_ runs: [Run]) { self.runs = runs }

    init(plain text: String) { runs = [Run(text: text)] }

    var plainText: String { runs.map(\.text).joined() }

    var isBlank: Bool { runs.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }
}

/// A table: optional caption, header rows, body rows and footer rows of cells.
struct TableBlock: Equatable {
    struct Cell: Hashable {
        var text: String
        var isNumeric = false
        var isBold = false
    }

    var caption: String?
    var header: [[Cell]]
    var rows: [[Cell]]
    var footer: [[Cell]]
    /// A note under the table ("Showing 5,000 of 12,345 rows").
    var note: String?
}
