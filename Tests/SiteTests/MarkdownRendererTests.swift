import Site
import Testing

struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func githubExtensions() {
        #expect(renderer.html("| a | b |\n|---|--:|\n| 1 | 2 |\n") ==
            "<table>\n<thead>\n<tr>\n<th>a</th>\n<th align=\"right\">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td align=\"right\">2</td>\n</tr>\n</tbody>\n</table>\n")
        #expect(renderer.html("~~old~~ www.example.com") == "<p><del>old</del> <a href=\"http://www.example.com\">www.example.com</a></p>\n")
    }

    @Test func dangerousTagsAreFiltered() {
        #expect(renderer.html("<script>alert(1)</script>\n").hasPrefix("&lt;script>"))
    }
}
