/// A whole query result held in memory: typed columns and rows.
///
/// Rows are stored flat, row after row, so a result of a million cells is one allocation.
/// Connectors produce it by streaming rows into ``ResultTable/Builder``; collecting a result is
/// meant for what a page shows (aggregated rows), not for raw tables.
public struct ResultTable: Hashable, Sendable {
    public private(set) var columns: [Column]
    /// Every cell, row-major: the cell of row `r`, column `c` is at `r * columns.count + c`.
    public private(set) var cells: [Value]

    public init(columns: [Column], rows: [[Value]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs one value per column")
        self.columns = columns
        self.cells = rows.flatMap { $0 }
    }

    public init(columns: [Column], cells: [Value]) {
        precondition(columns.isEmpty ? cells.isEmpty : cells.count % columns.count == 0)
        self.columns = columns
        self.cells = cells
    }

    public var rowCount: Int { columns.isEmpty ? 0 : cells.count / columns.count }

    public subscript(row: Int, column: Int) -> Value { cells[row * columns.count + column] }

    /// The index of the column called `name`, compared case-insensitively as SQL does.
    public func columnIndex(named name: String) -> Int? {
        columns.firstIndex { $0.name == name } ?? columns.firstIndex { $0.name.lowercased() == name.lowercased() }
    }

    /// The values of one column, top to bottom.
    public func values(ofColumn column: Int) -> [Value] {
        (0..<rowCount).map { self[$0, column] }
    }

    /// One row's values.
    public func row(_ row: Int) -> ArraySlice<Value> {
        cells[row * columns.count ..< (row + 1) * columns.count]
    }

    /// Appends rows one at a time while streaming, and settles unknown column types from the values seen.
    public struct Builder: Sendable {
        private var columns: [Column]
        private var cells: [Value] = []

        public init(columns: [Column]) { self.columns = columns }

        public mutating func reserve(rows: Int) { cells.reserveCapacity(rows * columns.count) }

        public mutating func append<S: Sequence>(row: S) where S.Element == Value {
            cells.append(contentsOf: row)
        }

        public mutating func append(_ value: Value) { cells.append(value) }

        public func build() -> ResultTable {
            var settled = columns
            let width = columns.count
            for index in settled.indices where settled[index].type == .unknown {
                settled[index].type = ColumnType.inferred(from: stride(from: index, to: cells.count, by: width).lazy.map { cells[$0] })
            }
            return ResultTable(columns: settled, cells: cells)
        }
    }
}

extension ColumnType {
    /// The type that fits every non-null value: integers, reals (integers mixed in), booleans,
    /// ISO dates (`2025-01-31`), ISO timestamps, or else text.
    public static func inferred<S: Sequence>(from values: S) -> ColumnType where S.Element == Value {
        var result: ColumnType = .unknown
        for value in values {
            let type: ColumnType
            switch value {
            case .null: continue
            case .integer: type = .integer
            case .real: type = .real
            case .boolean: type = .boolean
            case .text(let text): type = Day(iso: text) != nil ? .date : (Timestamp.isISO(text) ? .timestamp : .text)
            }
            switch (result, type) {
            case (.unknown, _): result = type
            case (let a, let b) where a == b: continue
            case (.integer, .real), (.real, .integer): result = .real
            case (.date, .timestamp), (.timestamp, .date): result = .timestamp
            default: return .text
            }
        }
        return result
    }
}
