import BICore
import CCurl
import Dispatch
import Foundation

/// Sends ``MailMessage``s through an SMTP server with libcurl: STARTTLS (required when
/// `starttls: true`), AUTH with the password from the environment variable `password_env`
/// names, and timeouts.
///
/// ```swift
/// let mailer = try SMTPMailer(config: project.config.smtp!)
/// try await mailer.send(MailMessage(from: mailer.config.from, to: ["ann@example.com"],
///                                   subject: "Your sign-in code", text: "123456"))
/// ```
public struct SMTPMailer: Sendable {
    public let config: SMTPConfig
    let password: String?
    /// Seconds to connect, and for the whole exchange.
    public var connectTimeout: Int = 10
    public var timeout: Int = 60

    /// - Throws: ``MailError`` when `password_env` names a variable that is not set.
    public init(config: SMTPConfig, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.config = config
        if let variable = config.passwordEnvironmentVariable {
            guard let value = environment[variable] else {
                throw MailError("the SMTP password variable \(variable) is not set (smtp: password_env in bi.yml)")
            }
            password = value
        } else {
            password = nil
        }
    }

    /// Sends `message`, off the caller's thread.
    public func send(_ message: MailMessage) async throws {
        let bytes = try MIMEWriter().write(message)
        let result: Result<Void, MailError> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.transfer(bytes, from: message.from, to: message.to)) }
        }
        try result.get()
    }

    private func transfer(_ bytes: [UInt8], from: String, to recipients: [String]) -> Result<Void, MailError> {
        _ = SMTPMailer.globalInit
        guard let curl = curl_easy_init() else { return .failure(MailError("cannot start libcurl")) }
        defer { curl_easy_cleanup(curl) }
        var list: UnsafeMutablePointer<curl_slist>?
        for recipient in recipients { list = curl_slist_append(list, "<\(SMTPMailer.address(recipient))>") }
        defer { curl_slist_free_all(list) }
        let source = UploadSource(bytes)
        let sourcePointer = Unmanaged.passRetained(source)
        defer { sourcePointer.release() }
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)

        let scheme = config.port == 465 ? "smtps" : "smtp"
        smartbi_curl_set_string(curl, CURLOPT_URL, "\(scheme)://\(config.host):\(config.port)")
        if config.startTLS { smartbi_curl_set_long(curl, CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue)) }
        if let username = config.username { smartbi_curl_set_string(curl, CURLOPT_USERNAME, username) }
        if let password { smartbi_curl_set_string(curl, CURLOPT_PASSWORD, password) }
        smartbi_curl_set_string(curl, CURLOPT_MAIL_FROM, "<\(SMTPMailer.address(from))>")
        smartbi_curl_set_pointer(curl, CURLOPT_MAIL_RCPT, list)
        smartbi_curl_set_long(curl, CURLOPT_UPLOAD, 1)
        smartbi_curl_set_callback(curl, CURLOPT_READFUNCTION, uploadCallback)
        smartbi_curl_set_pointer(curl, CURLOPT_READDATA, sourcePointer.toOpaque())
        smartbi_curl_set_long(curl, CURLOPT_CONNECTTIMEOUT, connectTimeout)
        smartbi_curl_set_long(curl, CURLOPT_TIMEOUT, timeout)
        smartbi_curl_set_long(curl, CURLOPT_NOSIGNAL, 1)
        errorBuffer.withUnsafeMutableBufferPointer { buffer in
            _ = smartbi_curl_set_pointer(curl, CURLOPT_ERRORBUFFER, buffer.baseAddress)
        }
        let status = curl_easy_perform(curl)
        smartbi_curl_set_pointer(curl, CURLOPT_ERRORBUFFER, nil)
        guard status == CURLE_OK else {
            let detail = errorBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            let reason = detail.isEmpty ? String(cString: curl_easy_strerror(status)) : detail
            return .failure(MailError("sending mail through \(config.host):\(config.port) failed: \(reason)"))
        }
        return .success(())
    }

    /// `Reports <reports@example.com>` → `reports@example.com`.
    static func address(_ text: String) -> String {
        guard let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close else {
            return text.trimmingCharacters(in: .whitespaces)
        }
        return String(text[text.index(after: open)..<close])
    }

    private static let globalInit: Void = { curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()
}

/// The message bytes libcurl reads as it uploads.
private final class UploadSource {
    let bytes: [UInt8]
    var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
}

private let uploadCallback: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = { buffer, size, count, userData in
    guard let buffer, let userData else { return 0 }
    let source = Unmanaged<UploadSource>.fromOpaque(userData).takeUnretainedValue()
    let length = min(size * count, source.bytes.count - source.offset)
    guard length > 0 else { return 0 }
    source.bytes.withUnsafeBufferPointer { bytes in
        UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + source.offset, byteCount: length)
    }
    source.offset += length
    return length
}
