import Foundation

/// One question asked on the Ask page of `bi serve`: a turn of a conversation.
public struct AskedQuestion: Sendable, Hashable {
    /// The conversation the turn belongs to; follow-ups share it.
    public var conversationID: String
    /// 0 for the first question, then 1, 2… for follow-ups.
    public var turn: Int
    public var userID: String
    /// The source (a name from `bi.yml`) it was asked of.
    public var source: String
    /// The words as typed.
    public var question: String
    /// The conversation up to this turn as one question (turns joined by `;`): what asking it again asks.
    public var conversationText: String
    /// False when the engine declined it: it stays in the history but does not refine the conversation.
    public var answered: Bool
    public var askedAt: Date

    public init(conversationID: String, turn: Int, userID: String, source: String, question: String, conversationText: String,
                answered: Bool, askedAt: Date) {
        self.conversationID = conversationID
        self.turn = turn
        self.userID = userID
        self.source = source
        self.question = question
        self.conversationText = conversationText
        self.answered = answered
        self.askedAt = askedAt
    }
}

/// A question a user saved to ask again.
public struct FavouriteQuestion: Sendable, Hashable {
    public var question: String
    public var source: String
    public var savedAt: Date

    public init(question: String, source: String, savedAt: Date) {
        self.question = question
        self.source = source
        self.savedAt = savedAt
    }
}

/// Where the Ask page keeps each user's conversations, question history and favourites.
public protocol QuestionHistoryStore: Sendable {
    /// Records a turn; a turn number already used in the conversation is refused.
    func record(_ question: AskedQuestion) throws
    /// The turns of a conversation, first first, if it is `userID`'s (nobody reads another's).
    func conversation(_ id: String, userID: String) throws -> [AskedQuestion]
    /// The user's questions, newest first, at most `limit`.
    func questionHistory(userID: String, limit: Int) throws -> [AskedQuestion]
    /// Saves (or re-saves) a favourite.
    func saveFavourite(_ favourite: FavouriteQuestion, userID: String) throws
    func deleteFavourite(question: String, userID: String) throws
    /// The user's favourites, newest first.
    func favourites(userID: String) throws -> [FavouriteQuestion]
}
