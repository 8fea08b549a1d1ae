import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

/// Drives the server like a browser: keeps cookies, reads CSRF tokens from forms, signs in.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    private let lock = NSLock()
    private(set) var cookies: [String: String] = [:]

    init(client: any TestClientProtocol) { self.client = client }

    struct Page: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
        var location: String? { headers[.location] }

        /// The value of the hidden `csrf` field of the first form.
        var csrf: String? { hidden("csrf") }

        func hidden(_ name: String) -> String? {
            guard let match = body.firstMatch(of: try! Regex("name=\"\(name)\" value=\"([^\"]*)\"")) else { return nil }
            return String(match.output[1].substring ?? "").replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    func setCookie(_ name: String, _ value: String) { lock.withLock { cookies[name] = value } }

    @discardableResult
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> Page { try await send(uri, method: .get, headers: headers) }

    @discardableResult
    func post(_ uri: String, _ fields: [(String, String)], headers: HTTPFields = [:]) async throws -> Page {
        let body = fields.map { "\(Browser.encode($0.0))=\(Browser.encode($0.1))" }.joined(separator: "&")
        var headers = headers
        if headers[.contentType] == nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        return try await send(uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws -> Page {
        var headers = headers
        let jar = lock.withLock { cookies }
        if !jar.isEmpty, headers[.cookie] == nil { headers[.cookie] = jar.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            lock.withLock {
                if line.contains("Max-Age=0") { cookies[pair[0]] = nil } else { cookies[pair[0]] = pair.count > 1 ? pair[1] : "" }
            }
        }
        return Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }

    /// Password step: the login form, then its post.
    @discardableResult
    func submitPassword(_ user: String, _ password: String, next: String = "/") async throws -> Page {
        let form = try await get("/login?next=" + next)
        return try await post("/login", [("csrf", form.csrf ?? ""), ("next", next), ("username", user), ("password", password)])
    }

    /// Second step: the code form, then its post.
    @discardableResult
    func submitCode(_ code: String, trust: Bool = false, form uri: String = "/login/verify") async throws -> Page {
        let form = try await get(uri)
        var fields = [("csrf", form.csrf ?? ""), ("next", form.hidden("next") ?? "/"), ("code", code)]
        if trust { fields.append(("trust", "1")) }
        return try await post("/login/verify", fields)
    }

    /// Signs in with password and authenticator code; returns the last response (a redirect).
    @discardableResult
    func signIn(_ user: String, code: String) async throws -> Page {
        try await submitPassword(user, PreviewFixture.password)
        return try await submitCode(code)
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }
}
