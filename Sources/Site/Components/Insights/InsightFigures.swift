import BICore
import Charts
import Reports

/// What the analysis components share: drawing a figure with errors said at the tag, the note
/// shown when there is nothing to analyse, and signed percentages.
enum InsightFigures {
    /// What `draw` returns; a chart that cannot be drawn is an error at the component.
    static func drawing(at component: Component, _ draw: () throws(ChartError) -> String) throws -> String {
        do { return try draw() } catch {
            throw Diagnostic(at: component.location, "cannot draw <\(component.name)>: \(error)")
        }
    }

    /// Said instead of a chart when the query returned no values (and, unseen, during `bi check`).
    static func empty(_ component: Component) -> String {
        "<p class=\"bi-empty\">Nothing to analyse yet: the query '\((component["data"] ?? "").xmlEscaped)' returned no values.</p>"
    }

    /// `41%`, `3.5%`, `99.6%`: a ratio as a percentage without sign, whole percents from 10%
    /// unless rounding would make a part look like all of it.
    static func percent(_ ratio: Double) -> String {
        let percent = abs(ratio) * 100
        let decimals = percent < 10 || (percent > 99.5 && percent < 100) ? 1 : 0
        return NumberFormat.trimmed(percent, maxDecimals: decimals) + "%"
    }

    /// `+415%`, `−99%`: a change with its sign (a true minus sign).
    static func signedPercent(_ ratio: Double) -> String { (ratio < 0 ? "−" : "+") + percent(ratio) }
}
