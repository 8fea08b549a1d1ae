import Foundation

/// A pause for crash tests: with `SMARTBI_SCHEDULER_PAUSE_AT=before-send` (built, not sent) or
/// `before-confirm` (sent, not confirmed), the scheduler writes the file `SMARTBI_SCHEDULER_PAUSE_FILE`
/// names when it gets there and then waits for ever, for the test to `kill -9` it.
enum TestHook: String {
    case beforeSend = "before-send"
    case beforeConfirm = "before-confirm"

    func reached() {
        let environment = ProcessInfo.processInfo.environment
        guard environment["SMARTBI_SCHEDULER_PAUSE_AT"] == rawValue else { return }
        if let file = environment["SMARTBI_SCHEDULER_PAUSE_FILE"] { _ = FileManager.default.createFile(atPath: file, contents: Data(rawValue.utf8)) }
        while true { sleep(3600) }
    }
}
