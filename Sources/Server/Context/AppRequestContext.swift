import Hummingbird
import NIOCore
import State

/// What the server knows about one request: the client address and, once the session middleware
/// ran, the session and its user.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's IP address; `local` when there is no socket (the in-process test client).
    public let clientAddress: String
    /// The session cookie's token, when it names a live session.
    var sessionToken: String?
    var session: SessionRecord?
    var user: User?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "local"
    }

    /// Forms are small: anything larger is refused with 413.
    public var maxUploadSize: Int { 16 * 1024 }

    /// The user of a fully signed-in session.
    var signedInUser: User? { session?.stage == .signedIn ? user : nil }

    /// Whether the request comes from this machine.
    var isLoopback: Bool { clientAddress == "local" || clientAddress == "::1" || clientAddress.hasPrefix("127.") }
}
