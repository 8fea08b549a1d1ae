/// Paper and margins, in points.
public struct PageGeometry: Sendable, Hashable {
    public enum Paper: String, Sendable, CaseIterable {
        case a4, letter

        var size: (width: Double, height: Double) {
            switch self {
            case .a4: (595.28, 841.89)
            case .letter: (612, 792)
            }
        }
    }

    public var paper: Paper
    public var margin: Double

    public init(paper: Paper = .a4, margin: Double = 56) {
        self.paper = paper
        self.margin = margin
    }

    var width: Double { paper.size.width }
    var height: Double { paper.size.height }
    var contentWidth: Double { width - 2 * margin }
    /// The body's area: below the running header, above the footer.
    var contentTop: Double { margin + 14 }
    var contentBottom: Double { height - margin - 6 }
}
