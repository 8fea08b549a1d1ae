/// A problem with the state database or an account operation, worded for the user.
/// It never carries a password, a token or a code.
public struct StateError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        case userExists(String)
        case noSuchUser(String)
        case invalidName(String)
        case invalidGroup(String)
        case invalidEmail(String)
        case weakPassword(String)
        case unsupportedLocation(String)
        case newerSchema(found: Int, known: Int)
        case database(String)
    }

    public var reason: Reason

    public init(_ reason: Reason) { self.reason = reason }

    public var description: String {
        switch reason {
        case .userExists(let name): "a user named '\(name)' already exists"
        case .noSuchUser(let name): "no user named '\(name)'"
        case .invalidName(let name): "'\(name)' is not a valid user name: use 1–64 letters, digits, '.', '_', '-' or '@'"
        case .invalidGroup(let name): "'\(name)' is not a valid group name: use 1–64 letters, digits, '_' or '-'"
        case .invalidEmail(let address): "'\(address)' is not an email address"
        case .weakPassword(let why): "password rejected: \(why)"
        case .unsupportedLocation(let location):
            "state location '\(location)' is not supported; use sqlite:PATH or postgres://…"
        case .newerSchema(let found, let known):
            "the state database has schema version \(found), newer than this bi knows (\(known)); upgrade bi"
        case .database(let message): "state database: \(message)"
        }
    }
}
