import BICore
import Connectors
import Foundation
import Reports

/// Runs planned queries against their sources, independent queries in parallel, and turns
/// database errors into diagnostics at the query's place in the report.
public struct QueryRunner: Sendable {
    public let sources: SourceRegistry
    public var limits: QueryLimits

    public init(sources: SourceRegistry, limits: QueryLimits = .default) {
        self.sources = sources
        self.limits = limits
    }

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
            return .success(try connector.collect(query.sql, limits: limits))
        } catch let error as ConnectorError {
            return .failure(diagnostic(for: error, in: query))
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic)
        } catch {
            return .failure(Diagnostic(at: query.block.location, "query '\(query.block.name)' failed: \(error)"))
        }
    }

    private func diagnostic(for error: ConnectorError, in query: PlannedQuery) -> Diagnostic {
        var location = query.block.textLocation
        if case .sql(let message, let reported) = error.reason,
           let offset = reported ?? SQLErrorLocator.offset(for: message, in: query.block.text) {
            location = query.block.location(ofOffset: offset)
        }
        return Diagnostic(at: location, "query '\(query.block.name)' failed: \(error.description)", hint: error.hint)
    }
}
