/// What a source holds: tables, typed columns, keys, sizes and a sample of the values of
/// low-cardinality text columns. Read by `bi check` and by the question engine.
public struct Schema: Hashable, Sendable, Codable {
    public var tables: [Table]

    public init(tables: [Table]) { self.tables = tables }

    public func table(named name: String) -> Table? {
        tables.first { $0.name == name } ?? tables.first { $0.name.lowercased() == name.lowercased() }
    }

    public struct Table: Hashable, Sendable, Codable {
        public var name: String
        public var columns: [Column]
        public var primaryKey: [String]
        public var foreignKeys: [ForeignKey]
        public var rowCount: Int

        public init(name: String, columns: [Column], primaryKey: [String] = [], foreignKeys: [ForeignKey] = [], rowCount: Int) {
            self.name = name
            self.columns = columns
            self.primaryKey = primaryKey
            self.foreignKeys = foreignKeys
            self.rowCount = rowCount
        }

        public func column(named name: String) -> Column? {
            columns.first { $0.name == name } ?? columns.first { $0.name.lowercased() == name.lowercased() }
        }
    }

    public struct Column: Hashable, Sendable, Codable {
        public var name: String
        public var type: ColumnType
        public var isNullable: Bool
        /// Distinct values, most frequent first, when the column is text with few of them
        /// (so "in the West region" can link to `region = 'West'`); nil otherwise.
        public var sampleValues: [String]?
        /// How many distinct values the column has, when it was counted.
        public var distinctCount: Int?

        public init(name: String, type: ColumnType, isNullable: Bool = true, sampleValues: [String]? = nil, distinctCount: Int? = nil) {
            self.name = name
            self.type = type
            self.isNullable = isNullable
            self.sampleValues = sampleValues
            self.distinctCount = distinctCount
        }
    }

    /// `columns` of this table refer to `referencedColumns` of `referencedTable`.
    public struct ForeignKey: Hashable, Sendable, Codable {
        public var columns: [String]
        public var referencedTable: String
        public var referencedColumns: [String]

        public init(columns: [String], referencedTable: String, referencedColumns: [String]) {
            self.columns = columns
            self.referencedTable = referencedTable
            self.referencedColumns = referencedColumns
        }
    }
}
