import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Prometheus
import State

/// The fields of an `application/x-www-form-urlencoded` body, at most `maxUploadSize` bytes.
struct Form {
    let fields: [String: String]

    subscript(_ name: String) -> String? { fields[name] }

    /// Reads the body. Other content types, bad encoding and repeated fields answer 400; large bodies 413.
    static func read(_ request: Request, context: AppRequestContext) async throws -> Form {
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true else {
            throw HTTPError(.badRequest)
        }
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        return try parse(String(buffer: buffer))
    }

    static func parse(_ text: String) throws -> Form {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), let value = decode(parts.count > 1 ? parts[1] : ""),
                  fields[name] == nil, !value.unicodeScalars.contains(where: { $0.value == 0 }) else { throw HTTPError(.badRequest) }
            fields[name] = value
        }
        return Form(fields: fields)
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}

extension ServerCore {
    /// Refuses (403, audited) a form whose `csrf` field does not match the session's token.
    func requireCSRF(_ form: Form, context: AppRequestContext, expected: String?, path: String) throws {
        guard let expected, let given = form["csrf"], SecureToken.equal(given, expected) else {
            audit(.csrfRejected, target: path, context: context, detail: form["csrf"] == nil ? "no token" : "wrong token")
            throw HTTPError(.forbidden)
        }
    }

    /// Refuses (429, audited) when the client address used up its sign-in attempts.
    func requireAttemptAllowed(context: AppRequestContext, path: String) throws {
        guard try accounts.allowAttempt(ip: context.clientAddress, path: path) else {
            metrics.rateLimited.increment()
            throw HTTPError(.tooManyRequests)
        }
    }
}
