import Foundation

/// Runs a command-line tool (qpdf, pdftotext, …) and captures what it prints.
public enum Tool {
    public static func run(_ name: String, _ arguments: [String], in directory: String? = nil) throws -> BIProcess.Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let errorData = LockedBox<Data>(Data())
        let reader = Thread { errorData.value = errors.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return BIProcess.Outcome(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                                 errors: String(decoding: errorData.value, as: UTF8.self))
    }
}

/// A value shared with another thread under a lock.
final class LockedBox<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    init(_ value: T) { stored = value }
    var value: T {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
