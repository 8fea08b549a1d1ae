import BICore
import TestSupport

/// ``SyntheticSales`` as query results: daily revenue, and its monthly totals.
enum SalesTables {
    /// Columns `day` (date) and `revenue` (real), one row per day.
    static func daily(_ sales: SyntheticSales) -> ResultTable {
        ResultTable(columns: [Column("day", .date), Column("revenue", .real)], rows: zip(sales.x, sales.y).map { [.text($0), .real($1!)] })
    }

    /// Columns `month` (`YYYY-MM`) and `revenue`, one row per month.
    static func monthly(_ sales: SyntheticSales) -> ResultTable {
        var months: [String] = [], totals: [Double] = []
        for (day, value) in zip(sales.x, sales.y) {
            let month = String(day.prefix(7))
            if months.last != month {
                months.append(month)
                totals.append(0)
            }
            totals[totals.count - 1] += value!
        }
        return ResultTable(columns: [Column("month", .text), Column("revenue", .real)], rows: zip(months, totals).map { [.text($0), .real($1)] })
    }

    /// Three years of clean daily sales with the demo's dead week (2024-08-12..18, 4% of the usual)
    /// and flash-sale day (2025-06-10, six times the usual) planted.
    static var withIncidents: SyntheticSales {
        var sales = SyntheticSales()
        sales.scale(from: "2024-08-12", days: 7, by: 0.04)
        sales.scale(from: "2025-06-10", by: 6)
        return sales
    }
}
