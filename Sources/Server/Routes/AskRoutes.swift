import BICore
import Foundation
import HTTPTypes
import Hummingbird
import NLQ
import Pipeline
import Prometheus
import State

/// `/ask`: plain-English questions about the sources the user may use, answered with a chart, a
/// table and the SQL, in conversations whose follow-ups refine the previous answer; favourites,
/// history, and adding an answer to a report. Every question is audited and rate-limited per user.
///
/// Form contract: `question` (and the hidden `conversation` for a follow-up, `source` to choose a
/// source) posted to `/ask` answers with the page showing the chart as inline SVG and the SQL.
struct AskRoutes {
    let core: ServerCore
    /// Questions longer than this are refused unread.
    static let maxQuestionLength = 500
    static let historyLength = 15

    func add(to router: Router<AppRequestContext>) {
        router.get("/_bi/ask.js") { _, _ in LiveRoutes.asset(AskScript.source, type: "text/javascript; charset=utf-8") }
        router.get("/ask") { request, context in try show(request, context: context) }
        router.post("/ask") { request, context in try await ask(request, context: context) }
        router.post("/ask/favourites") { request, context in try await favourite(request, context: context, save: true) }
        router.post("/ask/favourites/delete") { request, context in try await favourite(request, context: context, save: false) }
        router.post("/ask/report") { request, context in try await appendToReport(request, context: context) }
    }

    func show(_ request: Request, context: AppRequestContext) throws -> Response {
        guard let user = context.signedInUser else { return SiteRoutes.loginRedirect(request) }
        return try page(view(for: user, context: context, source: core.ask.source(named: nil, for: user)?.name), context: context)
    }

    func ask(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let user = context.signedInUser else { return SiteRoutes.loginRedirect(request) }
        let form = try await Form.read(request, context: context)
        try core.requireCSRF(form, context: context, expected: context.session?.csrfToken, path: "/ask")
        let question = (form["question"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !question.isEmpty, question.count <= Self.maxQuestionLength else {
            var view = try view(for: user, context: context, source: form["source"])
            view.outcome = .declined("Type a question of at most \(Self.maxQuestionLength) characters.")
            return try page(view, context: context, status: .badRequest)
        }
        let store = core.accounts.store
        let previous = try form["conversation"].map { try store.conversation($0, userID: user.id) } ?? []
        let sourceName = previous.first?.source ?? form["source"]
        guard let source = core.ask.source(named: sourceName, for: user) else {
            core.audit(.accessDenied, target: "/ask", context: context,
                       detail: "source \(sourceName ?? "(default)") outside the user's roles; question: \(question)")
            var view = try view(for: user, context: context, source: nil)
            view.outcome = .declined("You may not ask questions about " + (sourceName.map { "the source '\($0)'" } ?? "any source") + ".")
            return try page(view, context: context, status: .forbidden)
        }
        guard try core.accounts.allowQuestion(by: user, ip: context.clientAddress) else {
            core.metrics.rateLimited.increment()
            var view = try view(for: user, context: context, source: source.name)
            view.outcome = .declined("You asked many questions in a short time: wait a few seconds, then ask again.")
            return try page(view, context: context, status: .tooManyRequests)
        }
        let conversationID = form["conversation"].flatMap { previous.isEmpty ? nil : $0 } ?? SecureToken.random()
        let turns = previous.filter(\.answered).map(\.question) + [question]
        var view = try view(for: user, context: context, source: source.name)
        let answered: Bool
        do {
            let answer = try core.ask.answer(turns, source: source, user: user)
            view.outcome = .answer(answer)
            view.turns = turns
            answered = true
            core.audit(.questionAsked, target: "/ask", context: context, detail: "\(source.name): \(answer.question)")
        } catch let refusal as QuestionRefusal {
            view.outcome = .refused(refusal)
            view.turns = Array(turns.dropLast())
            answered = false
            core.audit(.questionRefused, target: "/ask", context: context, detail: "\(source.name): \(refusal.question): \(refusal.reason)")
        }
        view.conversationID = view.turns.isEmpty ? nil : conversationID
        try store.record(AskedQuestion(conversationID: conversationID, turn: previous.count, userID: user.id, source: source.name,
                                       question: question, conversationText: QuestionEngine.conversation(turns), answered: answered,
                                       askedAt: core.accounts.now))
        view.history = try store.questionHistory(userID: user.id, limit: Self.historyLength)
        return try page(view, context: context)
    }

    func favourite(_ request: Request, context: AppRequestContext, save: Bool) async throws -> Response {
        guard let user = context.signedInUser else { return SiteRoutes.loginRedirect(request) }
        let form = try await Form.read(request, context: context)
        try core.requireCSRF(form, context: context, expected: context.session?.csrfToken, path: request.uri.path)
        guard let question = form["question"], !question.isEmpty, question.count <= Self.maxQuestionLength * 4 else { throw HTTPError(.badRequest) }
        if save {
            guard let source = core.ask.source(named: form["source"], for: user) else { throw HTTPError(.forbidden) }
            try core.accounts.store.saveFavourite(FavouriteQuestion(question: question, source: source.name, savedAt: core.accounts.now), userID: user.id)
        } else {
            try core.accounts.store.deleteFavourite(question: question, userID: user.id)
        }
        var view = try view(for: user, context: context, source: form["source"])
        view.notice = save ? "Saved to your favourites." : "Removed from your favourites."
        return try page(view, context: context)
    }

    /// Editors: the answer's Markdown appended to a report in `reports/`; the watcher rebuilds it.
    func appendToReport(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let user = context.signedInUser else { return SiteRoutes.loginRedirect(request) }
        let form = try await Form.read(request, context: context)
        try core.requireCSRF(form, context: context, expected: context.session?.csrfToken, path: "/ask/report")
        guard user.role.includes(.editor) else {
            core.audit(.accessDenied, target: "/ask/report", context: context, detail: "only editors change reports")
            throw HTTPError(.forbidden)
        }
        guard let question = form["question"], let target = form["report"], let source = core.ask.source(named: form["source"], for: user) else {
            throw HTTPError(.badRequest)
        }
        var view = try view(for: user, context: context, source: source.name)
        do {
            let answer = try core.ask.answer(question.split(separator: QuestionEngine.turnSeparator).map(String.init), source: source, user: user)
            let path = try appender.append(ReportSnippet(answer: answer).markdown, to: target)
            core.audit(.reportAppended, target: path, context: context, detail: answer.question)
            view.notice = "Added to \(path): the page rebuilds in a moment."
        } catch let refused as ReportAppender.Refused {
            core.audit(.badRequest, target: "/ask/report", context: context, detail: refused.reason)
            view.outcome = .declined(refused.reason)
            return try page(view, context: context, status: .badRequest)
        } catch let refusal as QuestionRefusal {
            view.outcome = .refused(refusal)
        }
        return try page(view, context: context)
    }

    private var appender: ReportAppender { ReportAppender(projectDirectory: core.configuration.project.directory) }

    /// The page's frame for `user`: sources, suggestions, favourites, history, and report files for editors.
    private func view(for user: User, context: AppRequestContext, source: String?) throws -> AskView {
        let store = core.accounts.store
        let chosen = core.ask.source(named: source, for: user)
        return AskView(csrf: context.session?.csrfToken, sources: core.ask.sources(for: user).map(\.name), source: chosen?.name,
                       suggestions: chosen.map { core.ask.suggestions(for: $0, user: user) } ?? [],
                       history: try store.questionHistory(userID: user.id, limit: Self.historyLength),
                       favourites: try store.favourites(userID: user.id),
                       reports: user.role.includes(.editor) ? appender.reports() : nil,
                       chartLayout: core.configuration.buildOptions.chartLayout)
    }

    private func page(_ view: AskView, context: AppRequestContext, status: HTTPResponse.Status = .ok) throws -> Response {
        core.page("Ask", view.html, context: context, status: status, wide: true, scripts: ["/_bi/ask.js"])
    }
}
