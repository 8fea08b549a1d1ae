import Dispatch
import HummingbirdBcrypt

/// bcrypt, run on a dispatch queue so the slow hash never blocks the server's event loops.
enum PasswordHasher {
    static func hash(_ password: String, cost: UInt8) async -> String {
        await offloaded { Bcrypt.hash(password, cost: cost) }
    }

    static func verify(_ password: String, hash: String) async -> Bool {
        await offloaded { Bcrypt.verify(password, hash: hash) }
    }

    private static func offloaded<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
