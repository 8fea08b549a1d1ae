import BICore
import Query
import Reports
import Site

extension BuildStep {
    /// For pages with inputs: works out each input's options, then runs the queries that read the
    /// inputs once per combination of options, so the static page can switch between them.
    public static let computeInputVariants = BuildStep(name: "Compute input variants") { context in
        var planned: [(page: String, selection: InputSelection, queries: [PlannedQuery])] = []
        for page in context.siteMap.pages {
            let dependent = InputQueries.dependent(of: page.report)
            guard !dependent.queries.isEmpty || !InputQueries.declaredNames(in: page.report).isEmpty else { continue }
            let (results, asOf) = (context.results(for: page), context.asOf)
            guard let inputs = context.diagnostics.attempt({
                try InputDerivation.inputs(of: page.report, results: results, asOf: asOf)
            }) else { continue }
            context.inputs[page.outputPath] = inputs
            var combinations = InputSelection.all(inputs)
            if context.options.mode == .check { combinations = Array(combinations.prefix(1)) }   // the defaults check the SQL
            guard combinations.count <= InputQueries.maxCombinations else {
                context.diagnostics.report(Diagnostic(at: SourceLocation(file: page.report.path, line: 1, column: 1),
                                              "the inputs of this page have \(combinations.count) combinations; at most \(InputQueries.maxCombinations) are precomputed",
                                              hint: "offer fewer options (fewer dropdown values or presets), or split the page"))
                continue
            }
            for (selection, parameters) in combinations {
                var queries = QueryPlanner().plan(dependent, page: page.outputPath + "?" + selection.id,
                                                  parameters: page.parameters.merging(parameters) { _, input in input },
                                                  diagnostics: &context.diagnostics)
                if context.options.mode == .check { for index in queries.indices { queries[index].describeOnly = true } }
                planned.append((page.outputPath, selection, queries))
            }
        }
        let (results, failures) = await context.runner.run(planned.flatMap(\.queries))
        context.diagnostics.report(DiagnosticList(failures))
        context.failedQueries.formUnion(planned.flatMap(\.queries).map(\.key).filter { results[$0] == nil })
        for (page, selection, queries) in planned {
            var byName: [String: ResultTable] = [:]
            for query in queries { byName[query.block.name] = results[query.key] }
            context.variants[page, default: []].append((selection, byName))
        }
    }
}

/// The queries whose rows even `bi check` needs: the values of templated pages and the options of inputs.
enum RowsNeeded {
    static func queries(of report: Report) -> Set<String> {
        var names = Set(report.frontMatter.values.map { [$0] } ?? [])
        for component in report.allComponents where InputComponent.tags.values.contains(component.name) {
            if let data = component["data"] { names.insert(data) }
        }
        return names
    }
}

/// Splits a report's queries by whether they read a page input (`:region`, `:period_start`).
enum InputQueries {
    /// More combinations than this make a page too heavy to precompute.
    static let maxCombinations = 200

    /// The SQL parameter names the report's inputs bind.
    static func declaredNames(in report: Report) -> Set<String> {
        var names: Set<String> = []
        for component in report.allComponents {
            guard let kind = InputComponent.tags.first(where: { $0.value == component.name })?.key, let name = component["name"] else { continue }
            if kind == .dateRange { names.formUnion([name + "_start", name + "_end"]) } else { names.insert(name) }
        }
        return names
    }

    /// The report with only the queries that do not read inputs.
    static func independent(of report: Report) -> Report { filtered(report, readingInputs: false) }

    /// The report with only the queries that read inputs.
    static func dependent(of report: Report) -> Report { filtered(report, readingInputs: true) }

    private static func filtered(_ report: Report, readingInputs: Bool) -> Report {
        let names = declaredNames(in: report)
        var copy = report
        copy.queries = report.queries.filter { query in
            let reads = query.kind == .sql && !names.isDisjoint(with: NamedParameters.names(in: query.text))
            return reads == readingInputs
        }
        return copy
    }
}
