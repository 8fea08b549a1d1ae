import BICore
import Foundation
import Charts

/// The Markdown that puts an answer into a report: an `ask` block holding the question (a
/// conversation as its turns joined by `;`) and the component that draws it as the Ask page did.
///
/// ```markdown
/// ```ask revenue_by_category
/// revenue by category last quarter; and by month?
/// ```
///
/// <LineChart data=revenue_by_category x=month y=revenue series=category title="…" />
/// ```
struct ReportSnippet {
    let answer: AskAnswer

    /// A query name from the first words of the question: `revenue_by_category_last_quarter`.
    var name: String {
        let first = answer.question.split(separator: ";").first.map(String.init) ?? answer.question
        let words = first.lowercased().split { !$0.isLetter && !$0.isNumber }.prefix(5).map(String.init)
        let name = words.isEmpty ? "answer" : words.joined(separator: "_")
        return name.first?.isLetter == true ? name : "q_" + name
    }

    var markdown: String {
        "```ask \(name)\n\(answer.question)\n```\n\n\(component)\n"
    }

    /// `<LineChart …/>`, `<BarChart …/>`, `<Value …/>` or `<DataTable …/>`, as the page shows the answer.
    var component: String {
        let title = "title=\"" + answer.question.replacingOccurrences(of: "\"", with: "'") + "\""
        guard let spec = ChartSpec.suggested(answer.compiled.chart, for: answer.table) else {
            let single = answer.table.rowCount == 1 && answer.table.columns.count == 1
            return single ? "<Value data=\(name) />" : "<DataTable data=\(name) />"
        }
        var parts = ["<" + spec.type.componentName, "data=" + name]
        if let x = spec.x { parts.append("x=" + x) }
        parts.append("y=" + spec.y.joined(separator: ","))
        if let series = spec.series { parts.append("series=" + series) }
        parts.append(title)
        return parts.joined(separator: " ") + " />"
    }
}
