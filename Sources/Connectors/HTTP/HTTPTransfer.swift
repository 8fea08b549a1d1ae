import BICore
import CCurl
import Dispatch
import Foundation

/// One HTTP(S) request and its response, through libcurl. libcurl is opened on the first transfer
/// (see CCurl): a process that never reaches the network does not load it and its thirty dependencies,
/// which would cost every `bi` command several milliseconds at start.
///
/// ```swift
/// let transfer = HTTPTransfer(url: url, headers: [("Content-Type", "application/json")], body: Array(json.utf8), timeout: 60)
/// let response = try await transfer.performInBackground()
/// response.status   // 200
/// ```
public struct HTTPTransfer: Sendable {
    public var url: URL
    /// Names and values, sent as given; values may be secrets and never appear in a ``Failure``.
    public var headers: [(String, String)]
    /// A POST's body; without one the request is a GET.
    public var body: [UInt8]?
    /// Whether redirects are followed (over HTTP and HTTPS only).
    public var followsRedirects: Bool
    /// Seconds for the whole exchange.
    public var timeout: Double

    public init(url: URL, headers: [(String, String)] = [], body: [UInt8]? = nil, followsRedirects: Bool = false,
                timeout: Double = 60) {
        self.url = url
        self.headers = headers
        self.body = body
        self.followsRedirects = followsRedirects
        self.timeout = timeout
    }

    public struct Response: Sendable {
        public var status: Int
        /// The last response's headers (after redirects), names in lower case.
        public var headers: [String: String]
        public var body: [UInt8]
    }

    /// The server could not be reached or the exchange broke off; `message` is libcurl's reason.
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// Runs the request on the calling thread. Any HTTP status is a response, not a failure.
    public func perform() throws(Failure) -> Response {
        guard let handle = curl_easy_init() else { throw Failure(message: "cannot start an HTTP request") }
        defer { curl_easy_cleanup(handle) }
        // An empty `Expect:` keeps libcurl from waiting for a `100 Continue` before sending a larger body.
        var list: UnsafeMutablePointer<curl_slist>? = body == nil ? nil : curl_slist_append(nil, "Expect:")
        for (name, value) in headers { list = curl_slist_append(list, "\(name): \(value)") }
        defer { curl_slist_free_all(list) }
        let received = ReceivedResponse()
        let box = Unmanaged.passUnretained(received).toOpaque()
        // libcurl copies the strings it is given.
        smartbi_curl_set_string(handle, CURLOPT_URL, url.absoluteString)
        smartbi_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        smartbi_curl_set_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        smartbi_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, followsRedirects ? 1 : 0)
        smartbi_curl_set_long(handle, CURLOPT_TIMEOUT_MS, Int(timeout * 1000))
        smartbi_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        smartbi_curl_set_pointer(handle, CURLOPT_HTTPHEADER, list)
        smartbi_curl_set_callback(handle, CURLOPT_WRITEFUNCTION) { data, size, count, context in
            Unmanaged<ReceivedResponse>.fromOpaque(context!).takeUnretainedValue().body
                .append(contentsOf: UnsafeRawBufferPointer(start: data, count: size * count).bindMemory(to: UInt8.self))
            return size * count
        }
        smartbi_curl_set_pointer(handle, CURLOPT_WRITEDATA, box)
        smartbi_curl_set_callback(handle, CURLOPT_HEADERFUNCTION) { data, size, count, context in
            Unmanaged<ReceivedResponse>.fromOpaque(context!).takeUnretainedValue()
                .addHeaderLine(String(decoding: UnsafeRawBufferPointer(start: data, count: size * count).bindMemory(to: UInt8.self), as: UTF8.self))
            return size * count
        }
        smartbi_curl_set_pointer(handle, CURLOPT_HEADERDATA, box)
        if let body {
            // libcurl copies exactly POSTFIELDSIZE bytes; the extra zero only keeps the pointer valid for an empty body.
            smartbi_curl_set_long(handle, CURLOPT_POSTFIELDSIZE, body.count)
            (body + [0]).withUnsafeBytes { _ = smartbi_curl_set_pointer(handle, CURLOPT_COPYPOSTFIELDS, $0.baseAddress) }
        }
        let code = curl_easy_perform(handle)
        guard code == CURLE_OK else { throw Failure(message: String(cString: curl_easy_strerror(code))) }
        var status = 0
        smartbi_curl_response_code(handle, &status)
        return Response(status: status, headers: received.headers, body: received.body)
    }

    /// Runs the request on a Dispatch thread, so that a slow server does not hold one of the few
    /// threads Swift concurrency runs tasks on.
    public func performInBackground() async throws(Failure) -> Response {
        let result: Result<Response, Failure> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: Result { () throws(Failure) in try perform() }) }
        }
        return try result.get()
    }
}

/// What libcurl's callbacks collect for one transfer.
private final class ReceivedResponse {
    var body: [UInt8] = []
    var headers: [String: String] = [:]

    func addHeaderLine(_ line: String) {
        if line.hasPrefix("HTTP/") { headers = [:]; return }   // a new response: a redirect was followed
        guard let colon = line.firstIndex(of: ":") else { return }
        headers[line[..<colon].lowercased()] = String(line[line.index(after: colon)...]).trimming(" \t\r\n")
    }
}
