import Foundation
import State

/// Recently checked sessions, so that a page view costs no database read. Entries live five
/// seconds; sign-out removes them at once. The database's `last_seen_at` is written at most once a minute.
final class SessionCache: @unchecked Sendable {
    struct Entry {
        var session: SessionRecord
        var user: User
        var checkedAt: Date
        var touchedAt: Date
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    let lifetime: TimeInterval = 5
    let touchInterval: TimeInterval = 60

    func entry(for token: String, now: Date) -> Entry? {
        lock.withLock {
            guard let entry = entries[token], now.timeIntervalSince(entry.checkedAt) < lifetime else { return nil }
            return entry
        }
    }

    func store(_ entry: Entry, for token: String) {
        lock.withLock {
            if entries.count > 10_000 { entries.removeAll() }
            entries[token] = entry
        }
    }

    func remove(token: String) { _ = lock.withLock { entries.removeValue(forKey: token) } }

    func remove(userID: String) { lock.withLock { entries = entries.filter { $0.value.user.id != userID } } }
}

/// Remembers which report views were audited, so a reader reloading a page (or a load test)
/// writes one audit line per session, page and ten minutes.
final class ViewDeduplicator: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [String: Date] = [:]

    /// True when this view should be audited.
    func shouldAudit(session: String, path: String, now: Date) -> Bool {
        let key = session + "|" + path
        return lock.withLock {
            if let last = seen[key], now.timeIntervalSince(last) < 600 { return false }
            if seen.count > 50_000 { seen = seen.filter { now.timeIntervalSince($0.value) < 600 } }
            seen[key] = now
            return true
        }
    }
}
