/// A whole query result held in memory: typed columns and rows.
///
/// Rows are stored flat, row after row, so a result of a million cells is one allocation. A table
/// of numbers only (a CSV file of measurements) can instead keep one array of doubles per column,
/// which charts read as they are; both read the same through the subscript, ``row(_:)`` and
/// ``cells``, and compare equal when their values do.
/// Connectors produce it by streaming rows into ``ResultTable/Builder``; collecting a result is
/// meant for what a page shows (aggregated rows), not for raw tables.
public struct ResultTable: Hashable, Sendable {
    public private(set) var columns: [Column]
    private var storage: Storage

    private enum Storage: Sendable {
        /// Every cell, row-major: the cell of row `r`, column `c` is at `r * columns.count + c`.
        case rows([Value])
        /// One array per column, NaN for null; see ``ResultTable/init(columns:numbers:)``.
        case numbers([[Double]])
    }

    public init(columns: [Column], rows: [[Value]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs one value per column")
        self.columns = columns
        self.storage = .rows(rows.flatMap { $0 })
    }

    public init(columns: [Column], cells: [Value]) {
        precondition(columns.isEmpty ? cells.isEmpty : cells.count % columns.count == 0)
        self.columns = columns
        self.storage = .rows(cells)
    }

    /// A table of numbers kept column by column: `numbers[c]` holds column `c` top to bottom, NaN
    /// where the cell is null. An `integer` column holds whole numbers of at most 2^53 (exact as
    /// doubles) and reads back as `.integer`; a `real` one reads as `.real`; any other type only
    /// nulls.
    public init(columns: [Column], numbers: [[Double]]) {
        precondition(!columns.isEmpty && numbers.count == columns.count && numbers.allSatisfy { $0.count == numbers[0].count })
        self.columns = columns
        self.storage = .numbers(numbers)
    }

    public var rowCount: Int {
        switch storage {
        case .rows(let cells): columns.isEmpty ? 0 : cells.count / columns.count
        case .numbers(let numbers): numbers[0].count
        }
    }

    public subscript(row: Int, column: Int) -> Value {
        switch storage {
        case .rows(let cells): cells[row * columns.count + column]
        case .numbers(let numbers): ResultTable.value(numbers[column][row], as: columns[column].type)
        }
    }

    /// Every cell, row-major: the cell of row `r`, column `c` is at `r * columns.count + c`. Made
    /// anew on each use for a table kept column by column.
    public var cells: [Value] {
        switch storage {
        case .rows(let cells): return cells
        case .numbers(let numbers):
            var cells: [Value] = []
            cells.reserveCapacity(rowCount * columns.count)
            for row in 0..<rowCount {
                for column in columns.indices { cells.append(ResultTable.value(numbers[column][row], as: columns[column].type)) }
            }
            return cells
        }
    }

    /// The values of one numeric column as numbers, top to bottom: NaN where the cell is null or
    /// not a number, booleans as 0 and 1. No copy for a table kept column by column.
    public func numbers(ofColumn column: Int) -> [Double] {
        switch storage {
        case .numbers(let numbers): return numbers[column]
        case .rows(let cells):
            let width = columns.count, count = rowCount
            return cells.withUnsafeBufferPointer { cells in
                [Double](unsafeUninitializedCapacity: count) { values, initialized in
                    for row in 0..<count { values[row] = cells[row * width + column].number ?? .nan }
                    initialized = count
                }
            }
        }
    }

    private static func value(_ number: Double, as type: ColumnType) -> Value {
        number.isNaN ? .null : type == .integer ? .integer(Int64(number)) : .real(number)
    }

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
        switch storage {
        case .rows(let cells): cells[row * columns.count ..< (row + 1) * columns.count]
        case .numbers: ArraySlice(columns.indices.map { self[row, $0] })
        }
    }

    public static func == (lhs: ResultTable, rhs: ResultTable) -> Bool {
        guard lhs.columns == rhs.columns else { return false }
        if case .numbers(let left) = lhs.storage, case .numbers(let right) = rhs.storage {
            return left.elementsEqual(right) { $0.elementsEqual($1) { $0 == $1 || $0.isNaN && $1.isNaN } }
        }
        return lhs.cells == rhs.cells
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(columns)
        hasher.combine(cells)
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
