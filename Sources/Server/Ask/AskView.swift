import BICore
import Charts
import NLQ
import State

/// The Ask page's content: the question box with suggestions, the conversation so far, the answer
/// (chart as inline SVG, table, SQL, interpretation) or the refusal, and the user's history and favourites.
/// Every form posts and works without JavaScript; `/_bi/ask.js` only submits them without a reload.
struct AskView {
    enum Outcome {
        case answer(AskAnswer)
        case refused(QuestionRefusal)
        /// Not asked at all (no access, too many questions): the reason.
        case declined(String)
    }

    var csrf: String?
    var sources: [String]
    var source: String?
    /// The conversation a follow-up continues, and its answered turns.
    var conversationID: String?
    var turns: [String] = []
    var suggestions: [String] = []
    var outcome: Outcome?
    var history: [AskedQuestion] = []
    var favourites: [FavouriteQuestion] = []
    /// The report files an editor may append to; nil for readers.
    var reports: [String]?
    var notice: String?
    var chartLayout: ChartLayout
    /// Rows shown in the table; the rest are counted.
    static let tableRows = 200

    var html: String {
        """
        <div id="ask">
        \(HTML.message(notice, kind: "status"))
        \(conversation)
        \(form)
        <section id="ask-answer" aria-live="polite">\(answer)</section>
        \(pastQuestions)
        </div>
        """
    }

    private var form: String {
        var html = "<form id=\"ask-form\" method=\"post\" action=\"/ask\">\(HTML.csrfField(csrf))"
        if let conversationID { html += HTML.hidden("conversation", conversationID) }
        if sources.count > 1, conversationID == nil {
            html += "<label for=\"ask-source\">Source</label><select id=\"ask-source\" name=\"source\">"
            html += sources.map { "<option\($0 == source ? " selected" : "")>\($0.xmlEscaped)</option>" }.joined() + "</select>"
        } else if let source {
            html += HTML.hidden("source", source)
        }
        let label = conversationID == nil ? "Your question" : "A follow-up (it refines the answer), e.g. “and by month?”, “only Electronics”, “top 10 instead”"
        html += """
            <label for="question">\(label.xmlEscaped)</label>
            <div class="ask-row"><input type="text" id="question" name="question" required maxlength="500" autocomplete="off" list="ask-suggestions"
             placeholder="\((conversationID == nil ? suggestions.first ?? "total revenue by region last quarter" : "and by month?").xmlEscaped)">
            <button id="ask-submit">Ask</button></div>
            <p id="ask-progress" class="muted" role="status" hidden>Answering…</p>
            <datalist id="ask-suggestions">\(suggestions.map { "<option value=\"\($0.xmlEscaped)\">" }.joined())</datalist>
            </form>
            """
        if !suggestions.isEmpty, conversationID == nil {
            html += "<div class=\"muted ask-try\">Try: " + suggestions.map { askButton($0, label: $0) }.joined(separator: " ") + "</div>"
        }
        return html
    }

    private var conversation: String {
        guard conversationID != nil, !turns.isEmpty else { return "" }
        return "<ol class=\"ask-turns\">" + turns.map { "<li>\($0.xmlEscaped)</li>" }.joined()
            + "</ol><p class=\"muted\"><a href=\"/ask\">Start a new question</a></p>"
    }

    private var answer: String {
        switch outcome {
        case nil: return ""
        case .declined(let reason): return "<div class=\"ask-refusal\" role=\"alert\"><p class=\"error\">\(reason.xmlEscaped)</p></div>"
        case .refused(let refusal):
            var html = "<div class=\"ask-refusal\" role=\"alert\"><p class=\"error\">I cannot answer “\(refusal.question.xmlEscaped)”: \(refusal.reason.xmlEscaped).</p>"
            if let understood = refusal.understood { html += "<p>I understood: \(understood.xmlEscaped).</p>" }
            if !refusal.suggestions.isEmpty {
                html += "<div>Try one of these: " + refusal.suggestions.map { askButton($0, label: $0) }.joined(separator: " ") + "</div>"
            }
            return html + "</div>"
        case .answer(let answer): return answered(answer)
        }
    }

    private func answered(_ answer: AskAnswer) -> String {
        let snippet = ReportSnippet(answer: answer)
        var html = "<p class=\"ask-interpretation\"><strong>Answer:</strong> \(answer.compiled.interpretation.xmlEscaped)</p>"
        html += AnswerRendering(answer: answer, layout: chartLayout).html
        html += "<h2>SQL</h2><pre class=\"ask-sql\"><code>\(answer.sql.text.xmlEscaped)</code></pre>"
        if !answer.sql.parameters.isEmpty {
            html += "<p class=\"muted\">Parameters: " + answer.sql.parameters.map { $0.text.xmlEscaped }.joined(separator: ", ") + "</p>"
        }
        let milliseconds = Int((Double(answer.elapsed.components.attoseconds) / 1e15 + Double(answer.elapsed.components.seconds) * 1000).rounded())
        html += "<p class=\"muted\">Answered in \(milliseconds) ms from \(answer.source.xmlEscaped).</p>"
        html += "<div class=\"ask-actions\"><form method=\"post\" action=\"/ask/favourites\" class=\"inline\">\(HTML.csrfField(csrf))"
            + HTML.hidden("question", answer.question) + HTML.hidden("source", answer.source) + "<button>Save as favourite</button></form></div>"
        html += "<details class=\"ask-report\"><summary>Add to report</summary><p>Paste this into a report under <code>reports/</code>:</p>"
        html += "<textarea readonly rows=\"7\" aria-label=\"Markdown for a report\">\(snippet.markdown.xmlEscaped)</textarea>"
        if let reports, !reports.isEmpty {
            html += "<form method=\"post\" action=\"/ask/report\">\(HTML.csrfField(csrf))" + HTML.hidden("question", answer.question)
                + HTML.hidden("source", answer.source) + "<label for=\"ask-report-file\">Or append it to</label><select id=\"ask-report-file\" name=\"report\">"
                + reports.map { "<option>\($0.xmlEscaped)</option>" }.joined() + "</select><button>Append to report</button></form>"
        }
        return html + "</details>"
    }

    private var pastQuestions: String {
        var html = ""
        if !favourites.isEmpty {
            html += "<h2>Favourites</h2><ul class=\"ask-list\">" + favourites.map { favourite in
                "<li>\(askButton(favourite.question, label: favourite.question, source: favourite.source))"
                    + "<form method=\"post\" action=\"/ask/favourites/delete\" class=\"inline\">\(HTML.csrfField(csrf))"
                    + HTML.hidden("question", favourite.question) + "<button class=\"link\" aria-label=\"Remove from favourites\">remove</button></form></li>"
            }.joined() + "</ul>"
        }
        if !history.isEmpty {
            var seen = Set<String>()
            let recent = history.filter { seen.insert($0.conversationText).inserted }
            html += "<h2>Your recent questions</h2><ul class=\"ask-list\">" + recent.map { asked in
                "<li>\(askButton(asked.conversationText, label: asked.question, source: asked.source))"
                    + (asked.answered ? "" : " <span class=\"muted\">(not answered)</span>") + "</li>"
            }.joined() + "</ul>"
        }
        return html
    }

    /// A one-button form asking `question` as a new conversation.
    private func askButton(_ question: String, label: String, source: String? = nil) -> String {
        "<form method=\"post\" action=\"/ask\" class=\"inline\">\(HTML.csrfField(csrf))" + HTML.hidden("question", question)
            + ((source ?? self.source).map { HTML.hidden("source", $0) } ?? "")
            + "<button class=\"chip\" title=\"\(question.xmlEscaped)\">\(label.xmlEscaped)</button></form>"
    }
}
