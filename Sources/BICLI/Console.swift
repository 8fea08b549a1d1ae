import BICore
import Foundation
import Pipeline

/// Where the CLI writes: results to standard output, diagnostics and progress to standard error.
enum Console {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { error(diagnostic.description) }
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Progress lines on a terminal; nothing in CI or when standard error is redirected.
    static var progress: any ProgressReporter {
        let environment = ProcessInfo.processInfo.environment
        let interactive = isatty(STDERR_FILENO) != 0 && environment["CI"] == nil
        return interactive ? TerminalProgress() : SilentProgress()
    }
}

/// `[2/5] Run queries` lines on standard error.
struct TerminalProgress: ProgressReporter {
    func step(_ index: Int, of count: Int, _ name: String) {
        Console.error("[\(index)/\(count)] \(name)")
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
