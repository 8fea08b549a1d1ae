/// What a user may do in the preview server. Each user has exactly one role.
///
/// - `viewer` reads the reports whose `access:` list names their role or one of their groups
///   (a report without `access:` is open to every signed-in user);
/// - `editor` also reads drafts, reports of any access list, and sees build errors;
/// - `admin` also manages users and reads the audit log.
///
/// ```swift
/// Role(rawValue: "editor")!.includes(.viewer)   // true
/// ```
public enum Role: String, Sendable, Hashable, CaseIterable, Comparable {
    case viewer, editor, admin

    /// Whether this role has every permission of `other`.
    public func includes(_ other: Role) -> Bool { self >= other }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .viewer: 0
        case .editor: 1
        case .admin: 2
        }
    }
}
