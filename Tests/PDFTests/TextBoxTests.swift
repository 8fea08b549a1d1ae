import Charts
import CPangoCairo
@testable import PDF
import Synchronization
import Testing

/// Text laid out the fast ways is laid out as Pango lays it out the plain way: a cell moved to its
/// column width without a new layout, and many cells laid out on two threads.
struct TextBoxTests {
    func withContext<T>(_ body: (OpaquePointer) -> T) -> T {
        DocumentFonts.lock.withLock { _ in
            let surface = cairo_pdf_surface_create_for_stream(nil, nil, 595, 842)
            let cairo = cairo_create(surface)!
            let context = DocumentFonts.shared.context(for: cairo)
            defer {
                g_object_unref(UnsafeMutableRawPointer(context))
                cairo_destroy(cairo)
                cairo_surface_destroy(surface)
            }
            return body(context)
        }
    }

    func geometry(_ box: TextBox) -> [[Double]] { box.lines.map { [$0.top, $0.bottom, $0.baseline, $0.left] } }

    @Test(arguments: [TextStyle.Alignment.left, .right])
    func aCellThatFitsItsColumnSitsWhereAFreshLayoutPutsIt(alignment: TextStyle.Alignment) {
        withContext { context in
            var style = TextStyle.tableCell
            style.alignment = alignment
            for text in ["1,234.56", "Books & Media", "Cobalt Vinyl Album Plus 700"] {
                let moved = TextBox(StyledText(plain: text), style: style, width: 10_000, context: context)
                moved.rewrap(width: 151.3)
                let fresh = TextBox(StyledText(plain: text), style: style, width: 151.3, context: context)
                #expect(geometry(moved) == geometry(fresh), "\(text), \(alignment)")
            }
        }
    }

    @Test func aCellTooWideForItsColumnWraps() {
        withContext { context in
            let box = TextBox(StyledText(plain: "Cobalt Vinyl Album Plus 700"), style: .tableCell, width: 10_000, context: context)
            box.rewrap(width: 60)
            let fresh = TextBox(StyledText(plain: "Cobalt Vinyl Album Plus 700"), style: .tableCell, width: 60, context: context)
            #expect(box.lines.count > 1)
            #expect(geometry(box) == geometry(fresh))
        }
    }

    @Test func manyTextsLaidOutOnTwoThreadsAreTheTextsLaidOutOneByOne() {
        withContext { context in
            let texts = (1...600).map { (StyledText(plain: "\($0 * 37),\($0 % 1000).\($0 % 97)"), TextStyle.tableCell) }
            let together = TextBox.layOut(texts, width: 10_000, context: context)
            let oneByOne = texts.map { TextBox($0.0, style: $0.1, width: 10_000, context: context) }
            #expect(together.map(geometry) == oneByOne.map(geometry))
            #expect(together.map(\.contentWidth) == oneByOne.map(\.contentWidth))
        }
    }

    @Test func eachChartIsDrawnOncePerWidth() {
        let draws = Mutex(0)
        let scenes = FigureScenes(["c": { width in
            draws.withLock { $0 += 1 }
            return Scene(width: width, height: 100, title: "", description: "", root: .group(role: "chart", children: []))
        }])
        _ = scenes.scene("c", width: 400)
        _ = scenes.scene("c", width: 400)
        _ = scenes.scene("c", width: 300)
        #expect(scenes.scene("missing", width: 400) == nil)
        #expect(draws.withLock { $0 } == 2)
    }
}
