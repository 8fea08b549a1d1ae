/// The tables a query reads, joined from a root along the shortest key paths, with their aliases.
struct JoinPlan: Sendable {
    struct Join: Sendable {
        var table: Int
        var edge: JoinGraph.Edge
    }

    var root: Int
    var joins: [Join]
    /// Short aliases (`oi`, `o`, `p`), unique within the query.
    var aliases: [Int: String]
    /// Whether some join path had a rival of the same length.
    var ambiguous: Bool

    var tables: [Int] { [root] + joins.map(\.table) }

    /// Joins `needed` to `root`, adding each missing table by the shortest path from the tables joined so far.
    /// - Throws: ``Refusal/noJoin(_:_:)`` when a table cannot be reached.
    static func plan(root: Int, needed: Set<Int>, model: SchemaModel) throws(Refusal) -> JoinPlan {
        var joined: [Int] = [root]
        var joins: [Join] = []
        var ambiguous = false
        for table in needed.sorted() where !joined.contains(table) {
            var best: (edges: [JoinGraph.Edge], ambiguous: Bool, from: Int)?
            for start in joined {
                guard let path = model.graph.path(from: start, to: table) else { continue }
                if best == nil || path.edges.count < best!.edges.count { best = (path.edges, path.ambiguous, start) }
            }
            guard let path = best else { throw .noJoin(model.table(root).name, model.table(table).name) }
            ambiguous = ambiguous || path.ambiguous
            var current = path.from
            for edge in path.edges {
                let next = edge.from.table == current ? edge.to.table : edge.from.table
                if !joined.contains(next) {
                    joins.append(Join(table: next, edge: edge))
                    joined.append(next)
                }
                current = next
            }
        }
        return JoinPlan(root: root, joins: joins, aliases: aliases(for: joined, model), ambiguous: ambiguous)
    }

    /// Initials of the table's words (`order_items` → `oi`), numbered when taken or reserved.
    private static func aliases(for tables: [Int], _ model: SchemaModel) -> [Int: String] {
        var aliases: [Int: String] = [:]
        var used: Set<String> = []
        for table in tables {
            let words = Words.split(identifier: model.table(table).name)
            let initials = String(words.compactMap(\.first).filter { $0.isLetter }).lowercased()
            let base = initials.isEmpty ? "t" : initials
            var alias = base
            var number = 2
            while used.contains(alias) || reserved.contains(alias) {
                alias = base + String(number)
                number += 1
            }
            used.insert(alias)
            aliases[table] = alias
        }
        return aliases
    }

    private static let reserved: Set<String> = ["as", "at", "by", "do", "if", "in", "is", "no", "of", "on", "or", "to", "all", "and", "any",
                                                "asc", "end", "for", "key", "not", "set", "use", "div", "mod", "xor"]
}
