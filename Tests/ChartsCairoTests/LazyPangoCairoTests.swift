import Foundation
import TestSupport
import Testing

/// Pango, Cairo and fontconfig are opened on first use (Sources/CPangoCairoLazy), not by the dynamic
/// loader at start, and the release build does not link them: a call without a stub there would be
/// an undefined symbol. Debug builds do link them, so this checks the stubs here instead.
struct LazyPangoCairoTests {
    @Test func everyPangoCairoAndFontconfigCallGoesThroughAStub() throws {
        // This test process holds every module that draws (ChartsCairo, PDF…) and the tests' own calls.
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let symbols = try Tool.run("nm", ["--dynamic", "--undefined-only", executable])
        #expect(symbols.status == 0)
        let bound = symbols.output.split(separator: "\n")
            .compactMap { $0.split(separator: " ").last?.split(separator: "@").first.map(String.init) }
            .filter { ["cairo_", "pango_", "g_", "Fc"].contains(where: $0.hasPrefix) }
        #expect(bound.isEmpty, "called without a stub in Sources/CPangoCairoLazy/LazyPangoCairo.c: \(bound)")
        #expect(symbols.output.contains("dlopen"), "the check reads the undefined symbols at all")
    }
}
