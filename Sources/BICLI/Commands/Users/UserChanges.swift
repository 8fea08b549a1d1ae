import ArgumentParser
import State

/// Runs one account change by name, printing a clear error for unknown users.
private func change(_ options: StateOptions, _ body: (Accounts) throws -> Void) throws {
    let accounts = Accounts(store: try options.openStore(project: try options.loadProject()))
    do {
        try body(accounts)
    } catch let error as StateError {
        Console.error("error: \(error.description)")
        throw ExitCode.failure
    }
}

struct RemoveUser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a user and end their sessions.")
    @Argument(help: "The user name.") var name: String
    @OptionGroup var options: StateOptions

    func run() async throws {
        try change(options) { try $0.removeUser(name: name, actor: "cli") }
        Console.error("Removed '\(name)'.")
    }
}

struct ResetTwoFactor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset-2fa", abstract: "Remove a user's authenticator, recovery codes and trusted devices; end their sessions.")
    @Argument(help: "The user name.") var name: String
    @OptionGroup var options: StateOptions

    func run() async throws {
        try change(options) { try $0.resetSecondFactor(name: name, actor: "cli") }
        Console.error("Two-step sign-in of '\(name)' was reset; they set it up again at their next sign-in.")
    }
}

struct UnlockUser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unlock", abstract: "Unlock an account locked after wrong passwords or codes.")
    @Argument(help: "The user name.") var name: String
    @OptionGroup var options: StateOptions

    func run() async throws {
        try change(options) { try $0.unlock(name: name, actor: "cli") }
        Console.error("Unlocked '\(name)'.")
    }
}

struct ListUsers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List users: name, role, groups, second factor, state.")
    @OptionGroup var options: StateOptions

    func run() async throws {
        let store = try options.openStore(project: try options.loadProject())
        for user in try store.users() {
            let factor = user.hasTOTP ? "totp" : (user.email == nil ? "none" : "email")
            let groups = user.groups.isEmpty ? "-" : user.groups.joined(separator: ",")
            Console.output("\(user.name)\t\(user.role.rawValue)\t\(groups)\t\(factor)\t\(user.isLocked ? "locked" : "active")\n")
        }
    }
}
