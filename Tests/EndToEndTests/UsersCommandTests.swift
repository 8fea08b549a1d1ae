import Foundation
import Testing
import TestSupport

/// `bi users` through the real binary, as an admin would use it.
@Suite(.serialized)
struct UsersCommandTests {
    let folder: TemporaryDirectory
    var state: String { folder.path("state/users.sqlite") }

    init() throws { folder = try TemporaryDirectory("smartbi-users") }

    func users(_ arguments: [String], password: String? = nil) throws -> BIProcess.Outcome {
        try BIProcess.run(["users"] + arguments + ["--state", state], in: folder.path, input: password.map { $0 + "\n" })
    }

    @Test func addWithTOTPPrintsTheOtpauthURIAndListShowsTheUser() throws {
        let added = try users(["add", "ann", "--role", "admin", "--groups", "sales,finance", "--totp", "--password-stdin"], password: "plum-orchard-velvet-42")
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output.wholeMatch(of: /otpauth:\/\/totp\/SmartBI:ann\?secret=[A-Z2-7]{32}&issuer=SmartBI\n/) != nil)
        #expect(added.errors.contains("Recovery codes for ann"))
        #expect(try users(["list"]).output == "ann\tadmin\tsales,finance\ttotp\tactive\n")
        #expect(!(try String(contentsOfFile: state, encoding: .isoLatin1)).contains("plum-orchard-velvet-42"))
    }

    @Test func weakPasswordsAndUnknownUsersAreClearErrors() throws {
        let weak = try users(["add", "bob", "--role", "viewer", "--password-stdin"], password: "password")
        #expect(weak.status == 1)
        #expect(weak.errors == "error: password rejected: it must have at least 12 characters\n")
        let missing = try users(["remove", "nobody"])
        #expect(missing.status == 1 && missing.errors == "error: no user named 'nobody'\n")
        let noFlag = try users(["add", "bob", "--role", "viewer"])
        #expect(noFlag.status != 0 && noFlag.errors.contains("pass --password-stdin"))
        let badRole = try users(["add", "bob", "--role", "root", "--password-stdin"])
        #expect(badRole.status != 0 && badRole.errors.contains("root"))
    }
}
