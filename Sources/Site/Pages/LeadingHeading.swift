/// Separates a report's opening `<h1>` from the rest of its HTML, so the theme can place the
/// heading in the page header (with the description under it) on every page alike.
public enum LeadingHeading {
    /// The inner HTML of a leading `<h1>`, and the content without it.
    public static func split(_ html: String) -> (heading: String?, content: String) {
        guard html.hasPrefix("<h1>"), let end = html.firstRange(of: "</h1>") else { return (nil, html) }
        let heading = String(html[html.index(html.startIndex, offsetBy: 4)..<end.lowerBound])
        var rest = html[end.upperBound...]
        while rest.first == "\n" { rest = rest.dropFirst() }
        return (heading, String(rest))
    }
}
