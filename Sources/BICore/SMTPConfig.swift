/// `smtp:` in `bi.yml`: the server that sends sign-in codes and scheduled reports.
///
/// ```yaml
/// smtp:
///   host: smtp.example.com
///   port: 587
///   username: reports@example.com
///   password_env: SMTP_PASSWORD      # the password comes from the environment only
///   from: "Reports <reports@example.com>"
///   starttls: true
/// ```
public struct SMTPConfig: Sendable, Hashable {
    public var host: String
    public var port: Int
    public var username: String?
    /// The environment variable holding the password.
    public var passwordEnvironmentVariable: String?
    public var from: String
    /// Upgrade the connection with STARTTLS and refuse to send if the server cannot.
    public var startTLS: Bool

    public init(host: String, port: Int = 587, username: String? = nil, passwordEnvironmentVariable: String? = nil,
                from: String, startTLS: Bool = true) {
        self.host = host
        self.port = port
        self.username = username
        self.passwordEnvironmentVariable = passwordEnvironmentVariable
        self.from = from
        self.startTLS = startTLS
    }
}
