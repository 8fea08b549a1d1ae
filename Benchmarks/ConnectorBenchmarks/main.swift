// Times the connector layer in-process, for scripts/bench-connectors (release builds only).
//   connector-benchmarks fetch DB.sqlite TABLE     stream every row through a cursor, then collect them
//   connector-benchmarks load-csv FILE.csv CACHE    load a CSV file into a fresh cache database
// Prints one JSON object per run with the seconds taken.
import BICore
import Connectors
import Foundation

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: connector-benchmarks fetch DB TABLE | load-csv FILE CACHE\n".utf8))
    exit(2)
}
switch arguments[1] {
case "fetch":
    let connector = try SQLiteConnector(path: arguments[2])
    let sql = BoundSQL("SELECT * FROM " + SQLDialect.sqlite.quote(arguments[3]))
    var rows = 0
    let stream = try seconds {
        try connector.withCursor(sql, limits: .default) { cursor in
            let width = cursor.columns.count
            while try cursor.next() {
                for index in 0..<width { _ = cursor.value(at: index) }
                rows += 1
            }
        }
    }
    var collected = 0
    let collect = try seconds { collected = try connector.collect(sql, limits: QueryLimits(timeout: 600, maxRows: 100_000_000)).rowCount }
    print("{\"rows\": \(rows), \"collected\": \(collected), \"stream_s\": \(stream), \"collect_s\": \(collect)}")
case "load-csv":
    try? FileManager.default.removeItem(atPath: arguments[3])
    let file = URL(fileURLWithPath: arguments[2])
    let source = FileSource(url: try SourceURL(parsing: "csv:" + file.lastPathComponent), baseDirectory: file.deletingLastPathComponent().path,
                            cacheFile: arguments[3])
    var rows = 0
    let load = try seconds {
        let connector = try source.open()
        let table = SQLDialect.sqlite.quote(file.deletingPathExtension().lastPathComponent)
        rows = Int(try connector.collect(BoundSQL("SELECT count(*) FROM " + table))[0, 0].number ?? 0)
    }
    print("{\"rows\": \(rows), \"load_s\": \(load)}")
default:
    FileHandle.standardError.write(Data("unknown benchmark '\(arguments[1])'\n".utf8))
    exit(2)
}
