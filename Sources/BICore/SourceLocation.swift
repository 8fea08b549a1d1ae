/// A position in a project file, printed the way compilers do: `reports/sales.md:14:3`.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file, relative to the project root (never absolute).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in characters.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    /// The same file, `lines` lines further down and at `column`.
    public func offset(lines: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + lines, column: column)
    }
}
