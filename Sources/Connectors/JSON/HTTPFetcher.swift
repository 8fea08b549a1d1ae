import BICore
import Foundation

/// Downloads JSON records from an HTTP(S) API, following next-page links, with headers whose
/// `${NAME}` references come from the environment. Header values never appear in messages.
struct HTTPFetcher {
    var headers: [SourceOptions.Header]
    /// A JSON pointer to the next page's URL; without it a `Link: <…>; rel="next"` header is followed.
    var next: String?
    var records: String?
    var environment: @Sendable (String) -> String?
    /// A guard against links that never end.
    static let maxPages = 10_000

    /// Every page's records, in order.
    func fetchRecords(from url: String) throws -> [JSONValue] {
        let resolved = try resolvedHeaders()
        var records: [JSONValue] = []
        var pageURL: URL? = URL(string: url)
        var seen: Set<URL> = []
        while let current = pageURL, seen.insert(current).inserted, seen.count <= HTTPFetcher.maxPages {
            let (body, response) = try HTTPFetcher.get(current, headers: resolved)
            let name = HTTPFetcher.redacted(current)
            records += try JSONRecords.records(in: body, pointer: self.records, isStream: false, name: name)
            pageURL = nil
            if let next {
                var parser = JSONParser(bytes: body, name: name)
                if case .string(let link)? = try parser.parseDocument().value(at: next), !link.isEmpty {
                    pageURL = URL(string: link, relativeTo: current)?.absoluteURL
                }
            } else if let link = response["link"] {
                pageURL = HTTPFetcher.nextLink(in: link).flatMap { URL(string: $0, relativeTo: current)?.absoluteURL }
            }
        }
        return records
    }

    private func resolvedHeaders() throws -> [(String, String)] {
        try headers.map { header in
            var value = header.value
            while let start = value.firstRange(of: "${"), let end = value[start.upperBound...].firstIndex(of: "}") {
                let variable = String(value[start.upperBound..<end])
                guard let replacement = environment(variable) else {
                    throw ConnectorError(.cannotOpen("the header '\(header.name)' needs the environment variable \(variable), which is not set"))
                }
                value.replaceSubrange(start.lowerBound...end, with: replacement)
            }
            return (header.name, value)
        }
    }

    /// The URL of `rel="next"` in a Link header.
    static func nextLink(in header: String) -> String? {
        for part in header.split(separator: ",") where part.contains("rel=\"next\"") || part.contains("rel=next") {
            guard let open = part.firstIndex(of: "<"), let close = part.firstIndex(of: ">") else { continue }
            return String(part[part.index(after: open)..<close])
        }
        return nil
    }

    /// The URL without its query (which may hold an API key) and user info, for messages.
    static func redacted(_ url: URL) -> String {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: true)
        components?.query = nil
        components?.user = nil
        components?.password = nil
        return components?.string ?? url.host ?? "the API"
    }

    /// The body and the headers (names in lower case) of a GET.
    private static func get(_ url: URL, headers: [(String, String)]) throws -> ([UInt8], [String: String]) {
        let place = redacted(url)
        let response: HTTPTransfer.Response
        do {
            response = try HTTPTransfer(url: url, headers: [("Accept", "application/json")] + headers, followsRedirects: true).perform()
        } catch {
            throw ConnectorError(.unreachable(address: place, message: error.message))
        }
        switch response.status {
        case 200..<300: return (response.body, response.headers)
        case 401, 403: throw ConnectorError(.authentication(address: place, message: "HTTP \(response.status)"))
        default: throw ConnectorError(.cannotOpen("\(place) answered HTTP \(response.status)"))
        }
    }
}
