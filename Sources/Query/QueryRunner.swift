import BICore
import Connectors
import Foundation
import Reports
import Synchronization

/// Runs planned queries against their sources, independent queries in parallel, and turns
/// database errors into diagnostics at the query's place in the report.
///
/// With a ``ResultCache``, a query whose source, SQL, parameters and source fingerprint are
/// unchanged since an earlier build is answered from the cache without running.
public struct QueryRunner: Sendable {
    public let sources: SourceRegistry
    public let cache: ResultCache?
    private let state = RunnerState()

    public init(sources: SourceRegistry, cache: ResultCache? = nil) {
        self.sources = sources
        self.cache = cache
    }

    /// How many queries this runner answered from the cache, and how many it ran.
    public var counts: (cached: Int, ran: Int) { state.counts.withLock { ($0.cached, $0.ran) } }

    /// Every result that ran, and a diagnostic for each query that failed. The same SQL on the same
    /// source runs once, however many pages ask for it.
    public func run(_ queries: [PlannedQuery]) async -> (results: [QueryKey: ResultTable], diagnostics: [Diagnostic]) {
        let width = Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)
        var unique: [PlannedQuery.Work: PlannedQuery] = [:]
        var order: [PlannedQuery] = []
        for query in queries where unique[query.work] == nil {
            unique[query.work] = query
            order.append(query)
        }
        let (done, failed) = await withTaskGroup(of: (QueryKey, Result<ResultTable, Diagnostic>).self) { group in
            var results: [QueryKey: ResultTable] = [:]
            var failures: [QueryKey: Diagnostic] = [:]
            var pending = order.makeIterator()
            for _ in 0..<width {
                guard let query = pending.next() else { break }
                group.addTask { (query.key, self.run(query)) }
            }
            while let (key, outcome) = await group.next() {
                switch outcome {
                case .success(let table): results[key] = table
                case .failure(let diagnostic): failures[key] = diagnostic
                }
                if let query = pending.next() { group.addTask { (query.key, self.run(query)) } }
            }
            return (results, failures)
        }
        var results: [QueryKey: ResultTable] = [:]
        var diagnostics: [Diagnostic] = []
        for query in queries {
            let first = unique[query.work]!.key
            if let table = done[first] { results[query.key] = table }
            // Report each failure once, in file order, whatever order they finished in.
            if first == query.key, let failure = failed[first] { diagnostics.append(failure) }
        }
        return (results, diagnostics)
    }

    /// Runs one query, blocking the calling thread.
    public func run(_ query: PlannedQuery) -> Result<ResultTable, Diagnostic> {
        do {
            let connector = try sources.connector(for: query.source, at: query.block.location)
            if query.describeOnly {
                return .success(ResultTable(columns: try connector.columns(of: query.sql, limits: sources.limits(for: query.source)), cells: []))
            }
            let key = try cacheKey(for: query, on: connector)
            if let key, let table = cache?.lookup(key) {
                state.counts.withLock { $0.cached += 1 }
                return .success(table)
            }
            let table = try connector.collect(query.sql, limits: sources.limits(for: query.source))
            state.counts.withLock { $0.ran += 1 }
            if let key { cache?.store(table, for: key) }
            return .success(table)
        } catch let error as ConnectorError {
            return .failure(diagnostic(for: error, in: query))
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic)
        } catch {
            return .failure(Diagnostic(at: query.block.location, "query '\(query.block.name)' failed: \(error)"))
        }
    }

    /// Nil without a cache or when the source cannot fingerprint itself; the fingerprint is read once per source.
    private func cacheKey(for query: PlannedQuery, on connector: any Connector) throws -> String? {
        guard cache != nil else { return nil }
        let source = try sources.resolve(query.source, at: query.block.location)
        let fingerprint = try state.fingerprints.withLock { known in
            if let fingerprint = known[source] { return fingerprint }
            let fingerprint = try connector.fingerprint()
            known[source] = fingerprint
            return fingerprint
        }
        return ResultCache.key(source: sources.description(of: source), fingerprint: fingerprint, sql: query.sql)
    }

    private func diagnostic(for error: ConnectorError, in query: PlannedQuery) -> Diagnostic {
        var location = query.block.textLocation
        if let offset = error.offset.map(query.offsets.original(of:)) ?? SQLErrorLocator.offset(for: error.description, in: query.block.text) {
            location = query.block.location(ofOffset: offset)
        }
        return Diagnostic(at: location, "query '\(query.block.name)' failed: \(error.description)",
                          hint: sources.hint(for: error, on: query.source))
    }
}

/// What one runner shares between its parallel queries.
private final class RunnerState: Sendable {
    let counts = Mutex<(cached: Int, ran: Int)>((0, 0))
    let fingerprints = Mutex<[String: String?]>([:])
}
