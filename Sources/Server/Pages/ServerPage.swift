import BICore
import State

/// The pages the server itself draws (sign-in, second factor, account, admin, errors): one small
/// layout with its own stylesheet, every value escaped; scripts only as files (the Ask page's).
struct ServerPage {
    var title: String
    var siteTitle: String
    /// HTML of the main content.
    var body: String
    /// Shown in the header with account and sign-out links when someone is signed in.
    var userName: String?
    var isAdmin = false
    var csrf: String?
    /// A wide panel, for the Ask page's charts and tables.
    var wide = false
    /// Scripts served under `/_bi/` that enhance the page (it works without them).
    var scripts: [String] = []

    var html: String {
        var header = "<a class=\"brand\" href=\"/\">\(siteTitle.xmlEscaped)</a>"
        if let userName {
            header += "<nav><a href=\"/\">Reports</a><a href=\"/ask\">Ask</a><a href=\"/account\">\(userName.xmlEscaped)</a>"
            if isAdmin { header += "<a href=\"/admin/users\">Users</a><a href=\"/admin/audit\">Audit log</a>" }
            header += "<form method=\"post\" action=\"/logout\">\(HTML.csrfField(csrf))<button class=\"link\">Sign out</button></form></nav>"
        }
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>\(title.xmlEscaped) · \(siteTitle.xmlEscaped)</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="/_bi/server.css">
            \(scripts.map { "<script src=\"\($0.xmlEscaped)\" defer></script>" }.joined())
            </head>
            <body>
            <header class="bar">\(header)</header>
            <main class="panel\(wide ? " wide" : "")">
            <h1>\(title.xmlEscaped)</h1>
            \(body)
            </main>
            </body>
            </html>
            """
    }
}

/// Small HTML helpers for server pages.
enum HTML {
    static func csrfField(_ token: String?) -> String {
        token.map { "<input type=\"hidden\" name=\"csrf\" value=\"\($0.xmlEscaped)\">" } ?? ""
    }

    static func hidden(_ name: String, _ value: String) -> String {
        "<input type=\"hidden\" name=\"\(name.xmlEscaped)\" value=\"\(value.xmlEscaped)\">"
    }

    static func message(_ text: String?, kind: String = "error") -> String {
        text.map { "<p class=\"\(kind)\" role=\"\(kind == "error" ? "alert" : "status")\">\($0.xmlEscaped)</p>" } ?? ""
    }

    /// A one-button form posting to `action`, with the CSRF token.
    static func button(_ label: String, action: String, csrf: String?, danger: Bool = false) -> String {
        "<form method=\"post\" action=\"\(action.xmlEscaped)\" class=\"inline\">\(csrfField(csrf))"
            + "<button\(danger ? " class=\"danger\"" : "")>\(label.xmlEscaped)</button></form>"
    }
}
