/// Why the engine will not answer a question; turned into a ``QuestionRefusal`` with what it
/// understood and phrasings it would answer.
enum Refusal: Error, Hashable, Sendable {
    /// Words that match nothing in the schema or the vocabulary.
    case unknownWords([String])
    /// A word that fits several columns equally well.
    case ambiguous(String, choices: [String])
    /// Nothing to count or add up.
    case noMeasure
    /// A ranking without anything to rank ("top 5 by revenue").
    case nothingToRank
    /// A period, bucket or growth without any date column to apply it to.
    case noTimeColumn
    /// Tables the question needs that no chain of keys connects.
    case noJoin(String, String)
    /// A number or comparison the engine cannot attach to anything.
    case unattached(String)
    /// A combination the engine does not do.
    case unsupported(String)
    /// Something the question must say more precisely; the text says what.
    case incomplete(String)
}
