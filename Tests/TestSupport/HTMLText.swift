import Foundation

/// Reads what a reader sees out of generated pages: text without markup, table cells, list items.
/// Enough for SmartBI's own, well-formed output; not a general HTML parser.
public enum HTMLText {
    /// Markup removed (inline SVG with its titles included), entities decoded, spaces trimmed.
    public static func text<S: StringProtocol>(_ html: S) -> String {
        var source = String(html)
        while let start = source.range(of: "<svg"), let end = source.range(of: "</svg>", range: start.upperBound..<source.endIndex) {
            source.removeSubrange(start.lowerBound..<end.upperBound)
        }
        var text = "", inTag = false
        for character in source {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The text of every cell of the first table body after `marker` (from the start without one),
    /// row by row.
    public static func tableRows(in html: String, after marker: String? = nil) -> [[String]] {
        let from = marker.flatMap { html.range(of: $0)?.upperBound } ?? html.startIndex
        guard let start = html.range(of: "<tbody>", range: from..<html.endIndex),
              let end = html.range(of: "</tbody>", range: start.upperBound..<html.endIndex) else { return [] }
        return html[start.upperBound..<end.lowerBound].components(separatedBy: "</tr>").dropLast().map { row in
            row.components(separatedBy: "</td>").dropLast().map { text($0) }
        }
    }

    /// The text of each `<li>` of the first list after `marker`.
    public static func listItems(in html: String, after marker: String) -> [String] {
        guard let start = html.range(of: marker) else { return [] }
        let list = html[start.upperBound...]
        guard let end = list.range(of: "</ol>") ?? list.range(of: "</ul>") else { return [] }
        return list[..<end.lowerBound].components(separatedBy: "</li>").dropLast().map { text($0) }
    }

    /// The text of the first `<figcaption>` after `marker`.
    public static func caption(in html: String, after marker: String? = nil) -> String? {
        let from = marker.flatMap { html.range(of: $0)?.upperBound } ?? html.startIndex
        guard let start = html.range(of: "<figcaption>", range: from..<html.endIndex),
              let end = html.range(of: "</figcaption>", range: start.upperBound..<html.endIndex) else { return nil }
        return text(html[start.upperBound..<end.lowerBound])
    }
}
