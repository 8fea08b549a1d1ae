import BICore
import Connectors
import Foundation
import NLQ
import Testing

/// Grouped answers folded from their rows (``RowGrouping``) are the grouped SQL's results: the same
/// columns and types, the same rows in the same order, the same numbers (sums of reals to their
/// rounding: the fold adds them in another order).
@Suite(.serialized)
struct GroupingTests {
    @Test func foldedAnswersEqualTheirSQLOnEveryQuestionSet() throws {
        var folded = 0
        for (_, set) in try QuestionSet.all() {
            let connector = try SQLiteConnector(path: try FixtureDatabases.path(for: set.schema))
            let schema = try QuestionEngine.schema(of: connector)
            for item in set.questions where item.refuse != true {
                let today = Day(iso: item.today ?? set.today)!
                guard let compiled = try? QuestionEngine().compile(item.q, schema: schema, dialect: .sqlite, today: today),
                      let grouping = compiled.grouping,
                      let result = try connector.fold(grouping, today: today, limits: .default) else { continue }
                folded += 1
                let expected = try connector.collect(compiled.sql.bound(today: today))
                #expect(result.columns == expected.columns, "\(item.q)")
                #expect(result.rowCount == expected.rowCount, "\(item.q)")
                guard result.columns == expected.columns, result.rowCount == expected.rowCount else { continue }
                for (actual, wanted) in zip(result.cells, expected.cells) where actual != wanted {
                    if case .real(let a) = actual, case .real(let b) = wanted, abs(a - b) <= 1e-12 * max(abs(a), abs(b)) { continue }
                    Issue.record("\(item.q): \(actual) instead of \(wanted)")
                }
            }
        }
        #expect(folded >= 140, "most grouped questions fold")
    }

    @Test func onlySQLitePlainGroupsCarryAGrouping() throws {
        let connector = try SQLiteConnector(path: try FixtureDatabases.path(for: "demo"))
        let schema = try QuestionEngine.schema(of: connector)
        let today = Day(iso: "2025-12-15")!
        func grouping(_ question: String, _ dialect: SQLDialect = .sqlite) throws -> RowGrouping? {
            try QuestionEngine().compile(question, schema: schema, dialect: dialect, today: today).grouping
        }
        let byCategory = try #require(try grouping("top 3 categories by revenue this year"))
        #expect(byCategory.rows.text.hasPrefix("SELECT p.category, oi.quantity * oi.unit_price\nFROM order_items oi"))
        #expect(!byCategory.rows.text.contains("GROUP BY"))
        #expect(byCategory.keys == 1)
        #expect(byCategory.columns == [RowGrouping.OutputColumn("category", .key(0)),
                                       RowGrouping.OutputColumn("revenue", .aggregate(RowGrouping.Aggregate(.sum, argument: 1)))])
        #expect(byCategory.order == [RowGrouping.SortKey(column: 1, descending: true), RowGrouping.SortKey(column: 0, descending: false)])
        #expect(byCategory.limit == 3)
        let perOrder = try #require(try grouping("average order value by segment"))
        #expect(perOrder.columns.last?.value == .aggregate(RowGrouping.Aggregate(.sum, argument: 1, per: 2)))
        #expect(try grouping("revenue by category", .postgres) == nil)
        #expect(try grouping("total revenue") == nil, "one group: SQLite does not sort")
        #expect(try grouping("revenue by month this year compared with last year") == nil)
        #expect(try grouping("share of revenue by region") == nil)
    }
}
