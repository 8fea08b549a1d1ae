import BICore
import Foundation
import Connectors
import Synchronization

/// The built-in question engine: turns a plain-English business question into SQL for a schema,
/// offline and deterministically, or declines it with what it understood and phrasings it would answer.
///
/// It follows NLQ.md: a lexicon of the schema (names split into words, synonyms, values of
/// low-cardinality columns, the semantic model), tagging against it and the closed classes, a query
/// frame, join planning on the key graph, SQL per dialect with every value bound.
///
/// ```swift
/// let engine = QuestionEngine()
/// let schema = try QuestionEngine.schema(of: connector)        // once per source; slow on big tables
/// let answer = try engine.compile("top 5 products by revenue last month", schema: schema,
///                                 dialect: .sqlite, today: Day(iso: "2025-12-15")!)
/// answer.interpretation   // "sum of order_items.quantity × order_items.unit_price by products.name, …, top 5"
/// ```
public final class QuestionEngine: Sendable {
    /// Written into `bi.lock` next to the SQL this engine made.
    public static let name = "smartbi-nlq/1"

    public let semantic: SemanticModel?
    private let lexicons = Mutex<[UInt64: Lexicon]>([:])

    /// - Parameter semantic: the `semantic:` section of `bi.yml`, which overrides inference.
    public init(semantic: SemanticModel? = nil) { self.semantic = semantic }

    /// A source's schema as the engine needs it: the connector's, plus the values of text columns
    /// with up to 1,000 short distinct values (cities, product names). Read it once per source.
    public static func schema(of connector: any Connector) throws -> Schema {
        try ValueSampler.enrich(connector.schema(), from: connector)
    }

    /// What compiled SQL depends on besides the question: tables, columns, keys and the semantic model,
    /// read from the source's catalog (no rows counted, no values read), so every build can afford it.
    public func fingerprint(of connector: any Connector) throws -> String {
        try SchemaFingerprint.structure(of: connector, semantic: semantic)
    }

    /// Separates the turns of a conversation written as one question: each turn after the first is a
    /// follow-up that refines what came before ("revenue by category; and by month?; only Electronics").
    public static let turnSeparator: Character = ";"

    /// Writes a conversation's turns as one question, which ``compile(_:schema:dialect:today:)`` answers
    /// as the last turn refining the ones before (and which an `ask` block can hold).
    public static func conversation(_ turns: [String]) -> String {
        turns.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.joined(separator: String(turnSeparator) + " ")
    }

    /// Compiles `question` to SQL in `dialect`. A question of several turns (``turnSeparator``) is a
    /// conversation: each follow-up is read into a frame of its own and laid over the previous ones
    /// (``FrameBuilder/refine(with:)``), so "top 10 instead" changes only the ranking.
    /// - Parameter today: the day relative periods are described against (the SQL itself keeps them relative).
    /// - Throws: ``QuestionRefusal`` when the engine is not confident; a `Diagnostic` when the semantic
    ///   model names what the schema lacks.
    public func compile(_ question: String, schema: Schema, dialect: SQLDialect, today: Day) throws -> CompiledQuestion {
        let lexicon = try self.lexicon(for: schema)
        let turns = question.split(separator: Self.turnSeparator).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        let tagger = Tagger(lexicon: lexicon)
        let suggestions = Suggestions(lexicon: lexicon, today: today)
        var spans: [TaggedSpan] = []
        var turn = question
        func refusal(_ reason: Refusal) -> QuestionRefusal {
            QuestionRefusal(question: question, reason: Self.explain(reason), understood: suggestions.understood(spans),
                            suggestions: suggestions.phrasings(for: reason, question: turn))
        }
        do {
            var builder = FrameBuilder(lexicon: lexicon)
            for (index, text) in (turns.isEmpty ? [question] : turns).enumerated() {
                turn = text
                spans = tagger.tag(text)
                let unknown = spans.filter { $0.tag == .unknown }.map(\.text)
                guard unknown.isEmpty else { throw Refusal.unknownWords(unknown) }
                let items = try ItemResolver(lexicon: lexicon).items(spans)
                if index == 0 {
                    try builder.absorb(items)
                } else {
                    var followUp = FrameBuilder(lexicon: lexicon)
                    try followUp.absorb(items)
                    builder.refine(with: followUp)
                }
            }
            let frame = try builder.finish()
            guard let root = frame.root(lexicon) else { throw Refusal.noMeasure }
            let writer = SQLWriter(lexicon: lexicon, dialect: DialectSQL(dialect: dialect))
            let scope = try writer.scope(for: frame, root: root)
            let interpretation = Interpretation(lexicon: lexicon, today: today)
            return CompiledQuestion(sql: try writer.template(for: frame, scope: scope), interpretation: interpretation.text(of: frame),
                                    chart: interpretation.chart(for: frame), engine: Self.name, grouping: try writer.grouping(for: frame, scope: scope))
        } catch let ambiguity as ItemResolver.Ambiguity {
            throw refusal(.ambiguous(ambiguity.text, choices: ambiguity.choices))
        } catch let reason as Refusal {
            throw refusal(reason)
        }
    }

    /// Two or three questions the engine answers about `schema` ("total revenue by region",
    /// "total revenue last month", "top 5 products by revenue"): for a question box to start from.
    public func suggestions(for schema: Schema, today: Day) throws -> [String] {
        Suggestions(lexicon: try lexicon(for: schema), today: today).phrasings(for: .noMeasure, question: "")
    }

    private func lexicon(for schema: Schema) throws -> Lexicon {
        let key = SchemaFingerprint.contents(schema)
        if let cached = lexicons.withLock({ $0[key] }) { return cached }
        let lexicon = try LexiconBuilder.lexicon(for: SchemaAnalyzer.model(of: schema), semantic: semantic)
        lexicons.withLock { $0[key] = lexicon }
        return lexicon
    }

    static func explain(_ reason: Refusal) -> String {
        switch reason {
        case .unknownWords(let words):
            "I do not know " + (words.count == 1 ? "the word '\(words[0])'" : "the words " + words.map { "'\($0)'" }.joined(separator: ", "))
        case .ambiguous(let word, let choices): "'\(word)' could mean " + choices.joined(separator: " or ")
        case .noMeasure: "I cannot tell what to count or add up"
        case .nothingToRank: "I cannot tell what to rank"
        case .noTimeColumn: "no table here has a date to filter or group by"
        case .noJoin(let from, let to): "no chain of keys joins \(from) to \(to)"
        case .unattached(let words): "I cannot tell what '\(words)' applies to"
        case .unsupported(let what): "I cannot do \(what) yet"
        case .incomplete(let what): what
        }
    }
}
