import Foundation

/// What one run came to in a pass, as `bi schedule run-due` prints it.
public struct RunOutcome: Sendable, Hashable, CustomStringConvertible {
    public enum Result: Sendable, Hashable {
        case sent(messageID: String)
        case quiet(String)
        case retrying(at: Date, error: String)
        case failed(String)
        case skipped(count: Int)
        /// Another scheduler took the run over (this one's lease had run out); it sends instead.
        case takenOver
    }

    public var job: String
    public var scheduledAt: Date
    public var attempt: Int
    public var result: Result

    public var description: String {
        let time = ISO8601DateFormatter().string(from: scheduledAt)
        switch result {
        case .sent: return "\(job) \(time): sent (attempt \(attempt))"
        case .quiet(let note): return "\(job) \(time): nothing to send (\(note))"
        case .retrying(let at, let error): return "\(job) \(time): attempt \(attempt) failed, retrying at \(ISO8601DateFormatter().string(from: at)): \(error)"
        case .failed(let error): return "\(job) \(time): failed after \(attempt) attempts: \(error)"
        case .skipped(let count): return "\(job) \(time): skipped \(count) missed run\(count == 1 ? "" : "s")"
        case .takenOver: return "\(job) \(time): taken over by another scheduler"
        }
    }

    public var isFailure: Bool {
        switch result {
        case .retrying, .failed: true
        default: false
        }
    }
}
