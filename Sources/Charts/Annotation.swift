import BICore

/// Something drawn over a chart's data to point at what matters: a reference line or area across
/// the plot, a labelled point, or a callout with a leader line.
///
/// ```swift
/// let goal = Annotation.referenceLine(.y, .number(1_000_000), label: "Goal")
/// let outage = try Annotation.parse(kind: "xBand", "2024-08-12..2024-08-18 Outage")
/// ```
public enum Annotation: Hashable, Sendable {
    public enum Axis: String, Hashable, Sendable { case x, y }

    /// A value on an axis: a number, or text (a category, a date).
    public enum Value: Hashable, Sendable {
        case number(Double)
        case text(String)

        init(_ text: String) {
            self = Double(text).map(Value.number) ?? .text(text)
        }

        var text: String {
            switch self {
            case .number(let value): NumberFormat.trimmed(value, maxDecimals: 6)
            case .text(let text): text
            }
        }
    }

    case referenceLine(Axis, Value, label: String?)
    case referenceArea(Axis, from: Value, to: Value, label: String?)
    /// A dot with a label at x; at `y`, or on the first series' value at x when `y` is nil.
    case point(x: Value, y: Double?, label: String)
    /// Like `point`, with the label in a box offset from the data and a leader line to it.
    case callout(x: Value, y: Double?, label: String)

    /// The attribute and option names that carry annotations, in components and on the command line.
    public static let kinds = ["xLine", "yLine", "xBand", "yBand", "mark", "callout"]

    /// Parses `VALUE[..VALUE] [label]` items separated by `;`:
    /// `yLine="1000000 Goal"`, `xBand="2024-08-12..2024-08-18 Outage"`, `callout="2025-06 Flash sale"`.
    /// Points take `X[,Y] label`.
    public static func parse(kind: String, _ text: String) throws(ChartError) -> [Annotation] {
        var result: [Annotation] = []
        for item in text.split(separator: ";") {
            let trimmed = item.drop { $0 == " " }
            guard !trimmed.isEmpty else { continue }
            let parts = trimmed.split(separator: " ", maxSplits: 1)
            let head = String(parts[0])
            let label = parts.count > 1 ? String(parts[1]).trimming(" ") : nil
            switch kind {
            case "xLine", "yLine":
                result.append(.referenceLine(kind == "xLine" ? .x : .y, Value(head), label: label))
            case "xBand", "yBand":
                let ends = head.split(separator: "..", omittingEmptySubsequences: false).map(String.init)
                guard ends.count == 2 else { throw ChartError(.badAnnotation(kind, String(trimmed), hint: "write FROM..TO, then a label")) }
                result.append(.referenceArea(kind == "xBand" ? .x : .y, from: Value(ends[0]), to: Value(ends[1]), label: label))
            case "mark", "callout":
                guard let label else { throw ChartError(.badAnnotation(kind, String(trimmed), hint: "write X (or X,Y), a space, then the label")) }
                let coordinates = head.split(separator: ",", maxSplits: 1)
                let y = coordinates.count > 1 ? Double(coordinates[1]) : nil
                let x = Value(String(coordinates[0]))
                result.append(kind == "mark" ? .point(x: x, y: y, label: label) : .callout(x: x, y: y, label: label))
            default:
                throw ChartError(.badAnnotation(kind, String(trimmed), hint: "annotations are \(kinds.joined(separator: ", "))"))
            }
        }
        return result
    }
}
