import ArgumentParser

/// `bi users add|remove|list|reset-2fa|unlock`: accounts of the preview server.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Manage the accounts of `bi serve`.",
        discussion: """
            Roles: viewer (reads reports allowed by their `access:`), editor (also drafts and build errors),
            admin (also users and the audit log). Groups add names that `access:` lists may grant.
            """,
        subcommands: [AddUser.self, RemoveUser.self, ListUsers.self, ResetTwoFactor.self, UnlockUser.self])
}
