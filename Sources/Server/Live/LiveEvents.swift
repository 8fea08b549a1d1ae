import Foundation

/// A change pushed to open pages over server-sent events.
struct LiveEvent: Sendable, Equatable {
    var generation: Int
    /// Output paths whose HTML changed.
    var paths: [String]
    /// Whether the build failed (only editors and admins are told).
    var failed: Bool
    /// A keep-alive that finds connections whose browser went away.
    var isHeartbeat = false
}

/// The open live-reload connections, each an `AsyncStream` fed by every publish.
final class LiveEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var subscribers: [UUID: AsyncStream<LiveEvent>.Continuation] = [:]

    /// A stream of events from now on; it ends when the caller stops iterating.
    func subscribe() -> AsyncStream<LiveEvent> {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(of: LiveEvent.self, bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        lock.withLock { subscribers[id] = continuation }
        return stream
    }

    func publish(_ event: LiveEvent) {
        for continuation in lock.withLock({ Array(subscribers.values) }) { continuation.yield(event) }
    }

    var count: Int { lock.withLock { subscribers.count } }

    /// Ends every stream (server shutdown).
    func finishAll() {
        for continuation in lock.withLock({ Array(subscribers.values) }) { continuation.finish() }
    }

    private func remove(_ id: UUID) { _ = lock.withLock { subscribers.removeValue(forKey: id) } }
}
