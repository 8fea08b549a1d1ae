import BICore
import Connectors
import Foundation

extension SQLStateStore: QuestionHistoryStore {
    public func record(_ question: AskedQuestion) throws {
        try write { try $0.run("""
            INSERT INTO ask_turns (conversation_id, turn, user_id, source, question, conversation_text, answered, asked_at)
            VALUES (\(.text(question.conversationID)), \(.integer(Int64(question.turn))), \(.text(question.userID)),
                    \(.text(question.source)), \(.text(question.question)), \(.text(question.conversationText)), \(.integer(question.answered ? 1 : 0)), \(question.askedAt.storedSeconds))
            """) }
    }

    public func conversation(_ id: String, userID: String) throws -> [AskedQuestion] {
        try read { try $0.rows("""
            SELECT conversation_id, turn, user_id, source, question, conversation_text, answered, asked_at FROM ask_turns
            WHERE conversation_id = \(.text(id)) AND user_id = \(.text(userID)) ORDER BY turn
            """) }.map(Self.askedQuestion)
    }

    public func questionHistory(userID: String, limit: Int) throws -> [AskedQuestion] {
        try read { try $0.rows("""
            SELECT conversation_id, turn, user_id, source, question, conversation_text, answered, asked_at FROM ask_turns
            WHERE user_id = \(.text(userID)) ORDER BY asked_at DESC, conversation_id DESC, turn DESC LIMIT \(.integer(Int64(limit)))
            """) }.map(Self.askedQuestion)
    }

    public func saveFavourite(_ favourite: FavouriteQuestion, userID: String) throws {
        try write { database in
            try database.run("DELETE FROM ask_favourites WHERE user_id = \(.text(userID)) AND question = \(.text(favourite.question))")
            try database.run("""
                INSERT INTO ask_favourites (user_id, question, source, saved_at)
                VALUES (\(.text(userID)), \(.text(favourite.question)), \(.text(favourite.source)), \(favourite.savedAt.storedSeconds))
                """)
        }
    }

    public func deleteFavourite(question: String, userID: String) throws {
        try write { try $0.run("DELETE FROM ask_favourites WHERE user_id = \(.text(userID)) AND question = \(.text(question))") }
    }

    public func favourites(userID: String) throws -> [FavouriteQuestion] {
        try read { try $0.rows("""
            SELECT question, source, saved_at FROM ask_favourites WHERE user_id = \(.text(userID)) ORDER BY saved_at DESC, question
            """) }.map { FavouriteQuestion(question: $0[0].text, source: $0[1].text, savedAt: $0[2].date ?? Date(timeIntervalSince1970: 0)) }
    }

    private static func askedQuestion(_ row: [Value]) -> AskedQuestion {
        AskedQuestion(conversationID: row[0].text, turn: row[1].int, userID: row[2].text, source: row[3].text, question: row[4].text,
                      conversationText: row[5].text, answered: row[6].int == 1, askedAt: row[7].date ?? Date(timeIntervalSince1970: 0))
    }
}
