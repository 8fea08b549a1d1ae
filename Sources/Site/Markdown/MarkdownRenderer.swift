import CCMark
import Glibc

/// Markdown to HTML through cmark-gfm, with GitHub's table, strikethrough, autolink and tag-filter
/// extensions. Raw HTML passes through (reports are authored in the project's own repository),
/// except the tags GitHub filters (`<script>`, `<iframe>`, …).
public struct MarkdownRenderer: Sendable {
    static let extensions = ["table", "strikethrough", "autolink", "tagfilter"]
    static let options = CMARK_OPT_UNSAFE | CMARK_OPT_SMART | CMARK_OPT_GITHUB_PRE_LANG

    public init() {
        cmark_gfm_core_extensions_ensure_registered()
    }

    public func html(_ markdown: String) -> String {
        guard let parser = cmark_parser_new(MarkdownRenderer.options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in MarkdownRenderer.extensions {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        markdown.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, MarkdownRenderer.options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
