import BICore
import Connectors
import Crypto
import Foundation

extension SQLStateStore {
    public func append(_ event: AuditEvent) throws {
        try write { database in
            try database.serialize(on: "audit_log")
            try database.run("""
            INSERT INTO audit_log (seq, at, action, actor, target, ip, detail)
            SELECT COALESCE(MAX(seq), 0) + 1, \(event.at.storedSeconds), \(.text(event.action.rawValue)), \(event.actor.value),
                   \(event.target.value), \(event.ip.value), \(event.detail.value)
            FROM audit_log
            """)
        }
    }

    public func auditEvents(limit: Int, before sequence: Int64?) throws -> [AuditEvent] {
        let rows = try read { try $0.rows("""
            SELECT seq, at, action, actor, target, ip, detail FROM audit_log
            WHERE seq < \(.integer(sequence ?? Int64.max)) ORDER BY seq DESC LIMIT \(.integer(Int64(limit)))
            """) }
        return rows.compactMap { row in
            guard let action = AuditEvent.Action(rawValue: row[2].text), let at = row[1].date,
                  case .integer(let sequence) = row[0] else { return nil }
            return AuditEvent(sequence: sequence, at: at, action: action, actor: row[3].string, target: row[4].string,
                              ip: row[5].string, detail: row[6].string)
        }
    }

    public func takeToken(key: String, capacity: Double, perSecond: Double, now: Date) throws -> Bool {
        try write { database in
            try database.serialize(on: "throttle:" + key)
            let time = now.timeIntervalSince1970
            let row = try database.rows("SELECT tokens, updated_at FROM throttle WHERE bucket = \(.text(key))").first
            var tokens = capacity
            if let row, let stored = row[0].number, let updated = row[1].number {
                tokens = min(capacity, stored + max(0, time - updated) * perSecond)
            }
            let allowed = tokens >= 1
            if allowed { tokens -= 1 }
            try database.run("DELETE FROM throttle WHERE bucket = \(.text(key))")
            try database.run("INSERT INTO throttle (bucket, tokens, updated_at) VALUES (\(.text(key)), \(.real(tokens)), \(.real(time)))")
            return allowed
        }
    }

    public func signingKey() throws -> [UInt8] {
        try write { database in
            try database.serialize(on: "signing-key")
            if let stored = try database.rows("SELECT value FROM secrets WHERE name = 'signing-key'").first?.first?.string,
               let bytes = Data(base64Encoded: stored) {
                return [UInt8](bytes)
            }
            let key = SymmetricKey(size: .bits256).withUnsafeBytes { [UInt8]($0) }
            try database.run("INSERT INTO secrets (name, value) VALUES ('signing-key', \(.text(Data(key).base64EncodedString())))")
            return key
        }
    }
}
