import Foundation
import State
import Testing
import TestSupport

/// Claims, leases and fencing in the run history, on SQLite and on PostgreSQL.
@Suite struct ScheduleRunStoreTests {
    enum Backend: String, CaseIterable { case sqlite, postgres }

    /// Two connections to one fresh state database (two schedulers), kept alive with it.
    final class Stores: @unchecked Sendable {
        let first: ScheduleRunStore, second: ScheduleRunStore
        let keepAlive: Any

        init(_ backend: Backend) throws {
            switch backend {
            case .sqlite:
                let folder = try TemporaryDirectory("smartbi-runs")
                first = try ScheduleRunStore.open("sqlite:" + folder.path("state.sqlite"), projectDirectory: ".")
                second = try ScheduleRunStore.open("sqlite:" + folder.path("state.sqlite"), projectDirectory: ".")
                keepAlive = folder
            case .postgres:
                let database = try PostgresScratchDatabase(prefix: "smartbi_runs")
                first = try ScheduleRunStore.open(database.url, projectDirectory: ".")
                second = try ScheduleRunStore.open(database.url, projectDirectory: ".")
                keepAlive = database
            }
        }
    }

    static var backends: [Backend] { PostgresScratchDatabase.isAvailable ? Backend.allCases : [.sqlite] }
    let monday = Date(timeIntervalSince1970: 1_764_482_400)
    let now = Date(timeIntervalSince1970: 1_764_482_430)

    @Test(arguments: backends) func aRunIsClaimedOnce(_ backend: Backend) throws {
        let stores = try Stores(backend)
        let claim = try #require(try stores.first.claim(job: "sales", scheduledAt: monday, owner: "a", now: now, lease: 60))
        #expect(claim.attempt == 1 && claim.key == "sales@1764482400")
        #expect(try stores.second.claim(job: "sales", scheduledAt: monday, owner: "b", now: now, lease: 60) == nil)
        #expect(try stores.second.claimDueRetries(owner: "b", now: now.addingTimeInterval(59), lease: 60, limit: 5).isEmpty)
    }

    @Test(arguments: backends) func anExpiredLeaseIsTakenOverAndFencesTheFormerHolder(_ backend: Backend) throws {
        let stores = try Stores(backend)
        let stale = try #require(try stores.first.claim(job: "sales", scheduledAt: monday, owner: "a", now: now, lease: 60))
        let later = now.addingTimeInterval(61)
        let taken = try stores.second.claimDueRetries(owner: "b", now: later, lease: 60, limit: 5)
        #expect(taken.map(\.attempt) == [2] && taken.map(\.generation) == [2])
        #expect(try stores.first.markSending(stale, messageID: "m1@smartbi", now: later, lease: 60) == false)
        #expect(try stores.second.markSending(taken[0], messageID: "m2@smartbi", now: later, lease: 60))
        #expect(try stores.second.markSent(taken[0], now: later))
        let run = try #require(try stores.first.runs(job: "sales").first)
        #expect(run.status == .sent && run.owner == "b" && run.messageID == "m2@smartbi" && run.attempts == 2)
    }

    @Test(arguments: backends) func aRunLeftWhileSendingIsResentWithItsMessageID(_ backend: Backend) throws {
        let stores = try Stores(backend)
        let claim = try #require(try stores.first.claim(job: "sales", scheduledAt: monday, owner: "a", now: now, lease: 60))
        #expect(try stores.first.markSending(claim, messageID: "m1@smartbi", now: now, lease: 60))
        let taken = try stores.second.claimDueRetries(owner: "b", now: now.addingTimeInterval(61), lease: 60, limit: 5)
        #expect(taken.map(\.messageID) == ["m1@smartbi"])
    }

    @Test(arguments: backends) func aFailedAttemptWaitsForItsRetryTime(_ backend: Backend) throws {
        let stores = try Stores(backend)
        let claim = try #require(try stores.first.claim(job: "sales", scheduledAt: monday, owner: "a", now: now, lease: 60))
        #expect(try stores.first.markFailed(claim, error: "mail server down", retryAt: now.addingTimeInterval(120), now: now))
        #expect(try stores.second.claimDueRetries(owner: "b", now: now.addingTimeInterval(119), lease: 60, limit: 5).isEmpty)
        let retry = try stores.second.claimDueRetries(owner: "b", now: now.addingTimeInterval(120), lease: 60, limit: 5)
        #expect(retry.map(\.attempt) == [2])
        #expect(try stores.second.markFailed(retry[0], error: "still down", retryAt: nil, now: now.addingTimeInterval(120)))
        let run = try #require(try stores.first.runs().first)
        #expect(run.status == .failed && run.error == "still down")
        #expect(try stores.first.claimDueRetries(owner: "a", now: now.addingTimeInterval(9999), lease: 60, limit: 5).isEmpty)
    }

    @Test(arguments: backends) func concurrentSchedulersClaimEveryRunExactlyOnce(_ backend: Backend) async throws {
        let stores = try Stores(backend)
        let firings = (0..<40).map { monday.addingTimeInterval(Double($0) * 60) }
        let now = self.now
        let claimed = try await withThrowingTaskGroup(of: [String].self) { group in
            for (owner, store) in [("a", stores.first), ("b", stores.second)] {
                group.addTask {
                    try firings.compactMap { try store.claim(job: "sales", scheduledAt: $0, owner: owner, now: now, lease: 60)?.key }
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(claimed.count == firings.count && Set(claimed).count == firings.count)
        // Retries: forty expired leases, claimed by both at once, each by one.
        let later = now.addingTimeInterval(61)
        let retried = try await withThrowingTaskGroup(of: [String].self) { group in
            for (owner, store) in [("a", stores.first), ("b", stores.second)] {
                group.addTask {
                    var keys: [String] = []
                    while true {
                        let batch = try store.claimDueRetries(owner: owner, now: later, lease: 60, limit: 3)
                        if batch.isEmpty { break }
                        keys += batch.map(\.key)
                    }
                    return keys
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(retried.count == firings.count && Set(retried).count == firings.count)
    }
}
