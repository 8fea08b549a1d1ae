import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A local HTTP server speaking just enough of the OpenAI chat-completions API for tests: it answers
/// every POST with the assistant message `reply` makes from the request body, and records the requests.
public final class ChatCompletionsStub: @unchecked Sendable {
    public struct Request: Sendable {
        public var path: String
        public var headers: [String: String]
        public var body: String
    }

    public let port: Int
    private let socket: Int32
    private let reply: @Sendable (String) -> (status: Int, content: String)
    private let lock = NSLock()
    private var recorded: [Request] = []

    /// - Parameter reply: the HTTP status and the assistant's message for a request body.
    public init(reply: @escaping @Sendable (String) -> (status: Int, content: String)) throws {
        self.reply = reply
        let listener = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                Glibc.bind(listener, address, length) == 0 && listen(listener, 8) == 0 && getsockname(listener, address, &length) == 0
            }
        }
        guard bound else {
            close(listener)
            throw StubError(message: "cannot listen on 127.0.0.1")
        }
        socket = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in serve() }
    }

    deinit { close(socket) }

    /// The requests received so far.
    public var requests: [Request] { lock.withLock { recorded } }

    /// The base URL to configure: `http://127.0.0.1:PORT/v1`.
    public var url: String { "http://127.0.0.1:\(port)/v1" }

    private func serve() {
        while true {
            let connection = accept(socket, nil, nil)
            guard connection >= 0 else { return }
            if let request = read(connection) {
                lock.withLock { recorded.append(request) }
                let (status, content) = reply(request.body)
                let json = try? JSONSerialization.data(withJSONObject: ["choices": [["index": 0, "message": ["role": "assistant", "content": content]]]])
                let body = json.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
                let response = "HTTP/1.1 \(status) Status\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body
                _ = response.withCString { send(connection, $0, strlen($0), 0) }
            }
            close(connection)
        }
    }

    /// One request: headers up to the blank line, then Content-Length bytes of body.
    private func read(_ connection: Int32) -> Request? {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var headerEnd: Int?
        var expected = Int.max
        while data.count < expected {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            data += buffer[0..<count]
            if headerEnd == nil, let end = data.indices.dropLast(3).first(where: { data[$0..<($0 + 4)] == [13, 10, 13, 10] }) {
                headerEnd = end + 4
                let head = String(decoding: data[0..<end], as: UTF8.self).lowercased()
                let length = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }.flatMap { Int($0.dropFirst(15).trimmingCharacters(in: .whitespaces)) }
                expected = end + 4 + (length ?? 0)
            }
        }
        guard let headerEnd else { return nil }
        let lines = String(decoding: data[0..<(headerEnd - 4)], as: UTF8.self).split(separator: "\r\n")
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let path = lines.first?.split(separator: " ").dropFirst().first.map(String.init) ?? ""
        return Request(path: path, headers: headers, body: String(decoding: data[headerEnd...], as: UTF8.self))
    }

    struct StubError: Error { var message: String }
}
