import BICore
import Connectors
import Reports

/// Compiles the ```` ```ask ```` blocks of reports into SQL, reusing what `bi.lock` pinned while
/// the question and its source's schema are unchanged, so builds only change SQL a reviewer can see.
///
/// ```swift
/// let pinner = QuestionPinner(compiler: compiler, sources: registry, today: asOf)
/// let (lock, diagnostics) = await pinner.pin(reports, lock: try QuestionLock(parsing: text))
/// ```
public struct QuestionPinner: Sendable {
    public let compiler: any QuestionCompiler
    public let sources: SourceRegistry
    /// Compile every question again, ignoring the lock (`bi build --refresh-questions`).
    public var refresh: Bool
    public var today: Day

    public init(compiler: any QuestionCompiler, sources: SourceRegistry, refresh: Bool = false, today: Day) {
        self.compiler = compiler
        self.sources = sources
        self.refresh = refresh
        self.today = today
    }

    /// The lock for exactly these reports' questions, and a diagnostic for each question that could
    /// not be compiled (at the question, with the engine's explanation and suggestions).
    public func pin(_ reports: [Report], lock: QuestionLock) async -> (lock: QuestionLock, diagnostics: [Diagnostic]) {
        var pinned = QuestionLock()
        var diagnostics: [Diagnostic] = []
        var fingerprints: [String: String] = [:]
        for report in reports.sorted(by: { $0.path < $1.path }) {
            for block in report.queries where block.kind == .ask {
                let key = QuestionLock.key(report: report.path, query: block.name)
                do {
                    guard let name = report.frontMatter.source ?? sources.config.defaultSource else {
                        throw Diagnostic(at: block.location, "no source to ask the question of",
                                         hint: "add `source:` to the front matter or `default_source:` to bi.yml")
                    }
                    let source = QuestionSource(name: name, connector: try sources.connector(for: name, at: block.location))
                    let fingerprint: String
                    if let known = fingerprints[name] {
                        fingerprint = known
                    } else {
                        fingerprint = try await compiler.fingerprint(of: source)
                        fingerprints[name] = fingerprint
                    }
                    let question = QuestionLock.normalized(block.text)
                    let hash = QuestionLock.hash(question: question, fingerprint: fingerprint)
                    if !refresh, let entry = lock.entries[key], entry.hash == hash {
                        pinned.entries[key] = entry
                        continue
                    }
                    let compiled = try await compiler.compile(question, on: source, today: today)
                    pinned.entries[key] = QuestionLock.Entry(question: question, source: name, engine: compiled.engine, hash: hash,
                                                             chart: compiled.chart, sql: compiled.sql)
                } catch var diagnostic as Diagnostic {
                    if diagnostic.location == nil { diagnostic.location = block.textLocation }
                    diagnostics.append(diagnostic)
                } catch let error as ConnectorError {
                    diagnostics.append(Diagnostic(at: block.textLocation, "question '\(block.name)': \(error.description)", hint: error.hint))
                } catch {
                    diagnostics.append(Diagnostic(at: block.textLocation, "question '\(block.name)' failed: \(error)"))
                }
            }
        }
        return (pinned, diagnostics)
    }
}
