/// How tables join: declared foreign keys, and `x_id` columns that name a table `xs` with an `id`.
///
/// An edge goes from the referencing column (the many side) to the referenced key (the one side).
struct JoinGraph: Sendable {
    struct Edge: Hashable, Sendable {
        var from: ColumnID
        var to: ColumnID
        /// Whether the column's name is the referenced table's name plus `id` (`customer_id` → `customers`).
        var isCanonical: Bool
    }

    var edges: [Edge]

    /// The edges from or to `table`, with the table at their other end.
    func neighbors(of table: Int) -> [(edge: Edge, other: Int)] {
        edges.compactMap { edge in
            if edge.from.table == table, edge.to.table != table { return (edge, edge.to.table) }
            if edge.to.table == table, edge.from.table != table { return (edge, edge.from.table) }
            return nil
        }
    }

    /// A shortest path of edges from `start` to `goal`; `ambiguous` when another path of the same
    /// length leads there through different tables or equally well-named columns.
    func path(from start: Int, to goal: Int) -> (edges: [Edge], ambiguous: Bool)? {
        if start == goal { return ([], false) }
        var distance = [start: 0]
        var ways = [start: 1]
        var previous: [Int: Edge] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let table = queue[head]
            head += 1
            for (edge, other) in preferred(neighbors(of: table)) {
                if distance[other] == nil {
                    distance[other] = distance[table]! + 1
                    ways[other] = ways[table]!
                    previous[other] = edge
                    queue.append(other)
                } else if distance[other] == distance[table]! + 1 {
                    ways[other]! += ways[table]!
                }
            }
        }
        guard distance[goal] != nil else { return nil }
        var path: [Edge] = []
        var table = goal
        while table != start, let edge = previous[table] {
            path.insert(edge, at: 0)
            table = edge.from.table == table ? edge.to.table : edge.from.table
        }
        return (path, ways[goal]! > 1)
    }

    /// Tables reachable from `table` along many-to-one edges (child to parent), with their distance.
    func parents(of table: Int) -> [Int: Int] {
        var distance = [table: 0]
        var queue = [table]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for edge in edges where edge.from.table == current && distance[edge.to.table] == nil {
                distance[edge.to.table] = distance[current]! + 1
                queue.append(edge.to.table)
            }
        }
        return distance
    }

    /// Keeps one edge per neighbouring table: the canonically named one when there are several.
    private func preferred(_ neighbors: [(edge: Edge, other: Int)]) -> [(edge: Edge, other: Int)] {
        var chosen: [Int: (edge: Edge, other: Int)] = [:]
        var order: [Int] = []
        for neighbor in neighbors {
            if let existing = chosen[neighbor.other] {
                if !existing.edge.isCanonical && neighbor.edge.isCanonical { chosen[neighbor.other] = neighbor }
            } else {
                chosen[neighbor.other] = neighbor
                order.append(neighbor.other)
            }
        }
        return order.map { chosen[$0]! }
    }
}
