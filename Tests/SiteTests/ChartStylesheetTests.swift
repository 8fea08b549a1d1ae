import Charts
import DefaultTheme
import Testing

struct ChartStylesheetTests {
    /// The page theme repaints charts for dark mode with exactly the dark chart theme's colours.
    @Test func darkModeBlockIsTheDarkChartTheme() throws {
        let css = String(decoding: try #require(DefaultTheme.files.first { $0.path == "assets/bi.css" }).bytes, as: UTF8.self)
        #expect(css.contains("@media (prefers-color-scheme: dark) {\n" + ChartTheme.dark.stylesheet + "}"))
    }
}
