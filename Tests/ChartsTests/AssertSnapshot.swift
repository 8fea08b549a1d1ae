import Foundation
import Testing

/// Compares `actual` with `Snapshots/NAME.EXTENSION` beside this file, in argument-parser's style:
/// with `RECORD_SNAPSHOTS=1` in the environment it writes the file instead and fails, so a new or
/// changed baseline is never accepted silently (look at it, then run again without the variable).
func assertSnapshot(_ actual: String, named name: String, extension fileExtension: String = "svg",
                    sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent("\(name).\(fileExtension)")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data(actual.utf8).write(to: file)
        Issue.record("recorded \(file.path); review it, then run the tests again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("no snapshot at \(file.path); run with RECORD_SNAPSHOTS=1 to record one", sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    let actualFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).actual.\(fileExtension)")
    try? Data(actual.utf8).write(to: actualFile)
    let expectedLines = expected.split(separator: ">", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: ">", omittingEmptySubsequences: false)
    let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? Swift.min(expectedLines.count, actualLines.count)
    Issue.record("""
        \(name).\(fileExtension) differs from its snapshot (actual output in \(actualFile.path)); first difference at element \(first):
          expected: \(first < expectedLines.count ? String(expectedLines[first].prefix(200)) : "<end>")
          actual:   \(first < actualLines.count ? String(actualLines[first].prefix(200)) : "<end>")
        """, sourceLocation: sourceLocation)
}
