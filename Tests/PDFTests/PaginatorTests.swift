import Charts
import CPangoCairo
@testable import PDF
import Testing

/// Page breaks: no paragraph leaves one line behind or carries one line over, a heading never ends
/// a page, a chart is never split.
struct PaginatorTests {
    func paginator() -> Paginator {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 10, 10)
        let cairo = cairo_create(surface)!
        let context = DocumentFonts.shared.context(for: cairo)
        return Paginator(geometry: PageGeometry(paper: .a4, margin: 56), context: context, figure: { _, width in
            Scene(width: width, height: 200, title: "", description: "", root: .group(role: "chart", children: []))
        }, link: { $0 })
    }

    /// Line counts per page for each text item, in order.
    func lines(_ paginator: Paginator) -> [[Int]] {
        paginator.pages.map { page in page.items.compactMap { if case .text(_, let lines, _, _) = $0 { lines.count } else { nil } } }
    }

    @Test func paragraphsNeverLeaveASingleLine() {
        let text = StyledText(plain: String(repeating: "Revenue grew steadily in every region over the three years. ", count: 30))
        for start in stride(from: 70.0, through: 760, by: 13) {
            var paginator = paginator()
            paginator.y = start
            paginator.place(.paragraph(text), followedBy: nil, x: 56, width: 483)
            let perPage = lines(paginator).flatMap { $0 }
            #expect(perPage.count >= 1)
            #expect(perPage.allSatisfy { $0 >= 2 }, "starting at \(start): \(perPage)")
        }
    }

    @Test func aHeadingMovesWithTheChartBelowIt() {
        var paginator = paginator()
        paginator.y = 600   // room for the heading, not for the heading and the chart
        paginator.place([.heading(level: 2, text: StyledText(plain: "Revenue"), id: "revenue"), .figure(id: "c")], x: 56, width: 483)
        #expect(paginator.pages.count == 2)
        #expect(paginator.pages[0].items.isEmpty)
        #expect(paginator.outline.first?.page == 1)
    }
}
