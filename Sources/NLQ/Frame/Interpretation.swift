import BICore

/// Says in words what a frame asks for: "sum of order_items.quantity × order_items.unit_price by
/// products.name, orders.order_date in 2025-11, top 5", and which chart suits the answer.
struct Interpretation {
    let lexicon: Lexicon
    let today: Day
    var model: SchemaModel { lexicon.model }

    func text(of frame: QueryFrame) -> String {
        var parts: [String] = []
        if let table = frame.listing {
            let label = model.table(table).label ?? model.table(table).primaryKey ?? 0
            let columns = [ColumnID(table: table, column: label)] + frame.listingColumns
            parts.append("list of " + columns.map(model.qualifiedName).joined(separator: ", "))
        } else {
            var head = frame.measures.map(describe).joined(separator: " and ")
            if let unit = frame.averagePer { head = "average per " + unit.rawValue + " of " + head }
            if frame.share { head += frame.dimensions.isEmpty ? " as a share of all" : " as a share of the total" }
            if !frame.dimensions.isEmpty { head += " by " + frame.dimensions.map(describe).joined(separator: " and ") }
            if frame.growth { head += ", with growth over the previous bucket" }
            parts.append(head)
        }
        let filters = frame.filters + frame.shareCondition
        parts += filters.map(describe)
        if let time = frame.time, let column = frame.timeColumn {
            parts.append(model.qualifiedName(column) + " " + time.describe(today: today))
            if let comparison = frame.comparison { parts.append("compared with " + comparison.describe(today: today).replacing("in ", with: "")) }
        }
        if let limit = frame.limit, let order = frame.order {
            parts.append((order.descending ? "top " : "bottom ") + String(limit))
        }
        return parts.joined(separator: ", ")
    }

    func describe(_ measure: Measure) -> String {
        var text: String
        switch measure.source {
        case .rows(let table): text = "count of " + model.table(table).name
        case .semantic(let index): text = lexicon.measures[index].measure.name
        case .column, .product, .difference:
            text = measure.aggregation.phrase + " of " + describe(measure.source)
        }
        if let per = measure.per { text = "(" + text + ") per " + model.table(per).singular }
        return text
    }

    /// A row expression in words: `order_items.quantity × order_items.unit_price − order_items.quantity × products.unit_cost`.
    private func describe(_ source: MeasureSource) -> String {
        switch source {
        case .product(let columns): columns.map(model.qualifiedName).joined(separator: " × ")
        case .difference(let left, let right): describe(left) + " − " + describe(right)
        case .column(let column): model.qualifiedName(column)
        case .rows(let table): "rows of " + model.table(table).name
        case .semantic(let index): lexicon.measures[index].measure.name
        }
    }

    func describe(_ dimension: Dimension) -> String {
        switch dimension {
        case .column(let column): model.qualifiedName(column)
        case .bucket(let column, let unit): unit.rawValue + " of " + model.qualifiedName(column)
        case .entity(let table):
            model.qualifiedName(ColumnID(table: table, column: model.table(table).label ?? model.table(table).primaryKey ?? 0))
        }
    }

    func describe(_ filter: Filter) -> String {
        switch filter {
        case .values(let column, let values, let negated):
            let name = model.qualifiedName(column)
            if values.count == 1 { return name + (negated ? " ≠ " : " = ") + values[0] }
            return name + (negated ? " not in (" : " in (") + values.joined(separator: ", ") + ")"
        case .flag(let column, let flag):
            return model.qualifiedName(column) + " is " + (flag ? "true" : "false")
        case .number(let column, let comparison):
            return model.qualifiedName(column) + " " + describe(comparison)
        case .aggregate(let entity, let measure, let comparison):
            return (entity.map { model.table($0).name + " with " } ?? "") + describe(measure) + " " + describe(comparison)
        }
    }

    private func describe(_ comparison: Comparison) -> String {
        let value = (comparison.money ? "$" : "") + comparison.value.shortestText + (comparison.percent ? "%" : "")
        if comparison.op == .between, let upper = comparison.upper { return "between " + value + " and " + upper.shortestText }
        return comparison.op.rawValue + " " + value
    }

    /// Lines for time, bars for categories, a number for one value, a table for lists and comparisons.
    func chart(for frame: QueryFrame) -> SuggestedChart {
        if frame.listing != nil || frame.comparison != nil { return .table }
        if frame.dimensions.contains(where: { if case .bucket = $0 { return true } else { return false } }) { return .line }
        return frame.dimensions.isEmpty ? .value : .bar
    }
}
