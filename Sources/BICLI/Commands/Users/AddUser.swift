import ArgumentParser
import BICore
import Foundation
import Pipeline
import Server
import State

extension Role: ExpressibleByArgument {}

struct AddUser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a user; the password is read from standard input.",
        discussion: "With --totp, enrols an authenticator app now and prints its otpauth:// URI (recovery codes go to standard error).")

    @Argument(help: "The user name.") var name: String
    @Option(help: "viewer, editor or admin.") var role: Role
    @Option(help: "Groups that reports' `access:` lists may name, comma-separated.") var groups: String?
    @Option(help: "Email address for sign-in codes (needs `smtp:` in bi.yml).") var email: String?
    @Flag(help: "Enrol an authenticator app now and print its otpauth:// URI.") var totp = false
    @Flag(help: "Read the password from standard input (required: passwords never go on the command line).") var passwordStdin = false
    @OptionGroup var options: StateOptions

    func validate() throws {
        guard passwordStdin else { throw ValidationError("pass --password-stdin and the password on standard input") }
    }

    func run() async throws {
        var password = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        if password.hasSuffix("\n") { password.removeLast() }
        if password.hasSuffix("\r") { password.removeLast() }
        let project = try options.loadProject()
        let accounts = Accounts(store: try options.openStore(project: project))
        let groupList = (groups ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        do {
            let user = try await accounts.addUser(name: name, role: role, groups: groupList, email: email, password: password, actor: "cli")
            if totp {
                let secret = TOTPSecret.generate()
                let codes = try accounts.enrolTOTP(userID: user.id, secret: secret.value, actor: "cli")
                Console.output(secret.uri(user: name, issuer: project?.config.title ?? "SmartBI") + "\n")
                Console.error("Recovery codes for \(name) (each works once; shown only now):\n" + codes.joined(separator: "\n"))
            }
            Console.error("Added \(role.rawValue) '\(name)'.")
        } catch let error as StateError {
            Console.error("error: \(error.description)")
            throw ExitCode.failure
        }
    }
}
