import Foundation

/// The numbers of the sign-in rules. The defaults are the documented behaviour of `bi serve`.
public struct AccountPolicy: Sendable {
    /// Wrong passwords or second-factor codes in a row that lock an account until an admin unlocks it.
    public var maxFailures = 5
    /// A session ends after this long without a request…
    public var sessionIdle: TimeInterval = 30 * 60
    /// …and this long after sign-in, whatever happens.
    public var sessionAbsolute: TimeInterval = 12 * 3600
    /// Time to enter the second factor after the password.
    public var secondFactorWindow: TimeInterval = 5 * 60
    /// How long "trust this device" lasts.
    public var deviceTrust: TimeInterval = 30 * 24 * 3600
    /// Emailed codes: lifetime, wrong tries allowed, and how long the code is locked after them.
    public var emailCodeLifetime: TimeInterval = 10 * 60
    public var emailCodeFailures = 3
    public var emailCodeLock: TimeInterval = 15 * 60
    /// Sign-in attempts per client address: a burst of this many…
    public var attemptsPerAddress: Double = 10
    /// …then one more every this many seconds.
    public var attemptRefill: TimeInterval = 30
    /// Questions a user may ask on the Ask page in a burst, and the seconds to earn one more back.
    public var questionsPerUser: Double = 30
    public var questionRefill: TimeInterval = 2
    /// Recovery codes given at authenticator enrolment.
    public var recoveryCodes = 10

    public init() {}
}
