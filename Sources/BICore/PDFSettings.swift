/// `pdf:` in bi.yml: how PDF reports are laid out.
///
/// ```yaml
/// pdf:
///   paper: letter      # a4 (default) or letter
///   margin: 20mm       # points, or a length in mm, cm or in
/// ```
public struct PDFSettings: Sendable, Hashable {
    public var paper: String
    /// In points.
    public var margin: Double

    public init(paper: String = "a4", margin: Double = 56) {
        self.paper = paper
        self.margin = margin
    }

    public static let papers = ["a4", "letter"]

    /// A length as points: `56`, `20mm`, `2cm`, `0.75in`, `40pt`.
    public static func points(_ text: String) -> Double? {
        let units: [(String, Double)] = [("mm", 72 / 25.4), ("cm", 72 / 2.54), ("in", 72), ("pt", 1)]
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            return Double(text.dropLast(suffix.count).trimming(" ")).map { $0 * factor }
        }
        return Double(text)
    }
}
