/// Tags a question's words against the closed classes and a schema's lexicon, longest spans first:
/// time expressions, comparisons with their numbers, ranks with their counts, closed-class phrases,
/// schema phrases (exact, then as two words written as one), numbers and fillers. A word no matcher
/// knows is corrected to a known word one or two letters away, or left unknown.
struct Tagger {
    let lexicon: Lexicon

    func tag(_ question: String) -> [TaggedSpan] {
        var tokens = Tokenizer.tokens(of: question)
        var spans: [TaggedSpan] = []
        var index = 0
        var corrected: Set<Int> = []
        while index < tokens.count {
            if let (length, tag) = best(at: index, in: tokens) {
                spans.append(TaggedSpan(tag: tag, range: index..<(index + length), text: Tagger.text(tokens[index..<(index + length)])))
                index += length
                continue
            }
            let token = tokens[index]
            if token.isWord, !corrected.contains(index), let fix = lexicon.correction(of: token.lower) {
                tokens[index].lower = fix
                tokens[index].key = Words.key(fix)
                corrected.insert(index)
                continue
            }
            spans.append(TaggedSpan(tag: .unknown, range: index..<(index + 1), text: token.text))
            index += 1
        }
        return spans
    }

    static func text(_ tokens: ArraySlice<Token>) -> String { tokens.map(\.text).joined(separator: " ") }

    /// The longest match at `index`; on equal length, time before comparisons, ranks, closed classes and schema words.
    private func best(at index: Int, in tokens: [Token]) -> (Int, Tag)? {
        var candidates: [(Int, Tag)] = []
        if let (length, range) = TimeExpressionParser(tokens: tokens).match(at: index) { candidates.append((length, .time(range))) }
        if let comparison = comparison(at: index, in: tokens) { candidates.append(comparison) }
        if let closed = closedClass(at: index, in: tokens) { candidates.append(closed) }
        if let schema = schemaPhrase(at: index, in: tokens) { candidates.append(schema) }
        if case .number(let value, _, _) = tokens[index].kind { candidates.append((1, .number(value))) }
        if Vocabulary.fillers.contains(tokens[index].lower) || Vocabulary.fillerKeys.contains(tokens[index].key) { candidates.append((1, .filler)) }
        if let value = valueNamingItsTable(at: index, in: tokens, candidates) { return value }
        return candidates.max { $0.0 < $1.0 }.flatMap { longest in candidates.first { $0.0 == longest.0 } }
    }

    /// "annual plans", "the Growth plan": a word of the closed classes that is also a value, followed
    /// by a word of the value's table or column, is the value.
    private func valueNamingItsTable(at index: Int, in tokens: [Token], _ candidates: [(Int, Tag)]) -> (Int, Tag)? {
        guard index + 1 < tokens.count, candidates.contains(where: { candidate in
                  switch candidate.1 {
                  case .schema, .filler, .unknown, .time, .compare, .number: false
                  default: candidate.0 == 1
                  }
              }),
              let schema = candidates.first(where: { if case .schema = $0.1 { return $0.0 == 1 } else { return false } }),
              case .schema(let matches) = schema.1 else { return nil }
        let next = tokens[index + 1].key
        for match in matches where match.quality == 100 {
            guard case .value(let column, _) = match.target else { continue }
            let model = lexicon.model
            if model.table(column.table).keys.contains(next) || model.column(column).keys.contains(next) { return (1, .schema([match])) }
        }
        return nil
    }

    /// Phrases of the closed classes; a rank takes the count after it ("top 5").
    private func closedClass(at index: Int, in tokens: [Token]) -> (Int, Tag)? {
        for length in stride(from: min(ClosedClasses.longest, tokens.count - index), through: 1, by: -1) {
            let phrase = tokens[index..<(index + length)].map(\.lower).joined(separator: " ")
            guard let tag = ClosedClasses.phrases[phrase] else { continue }
            if case .rank(var rank) = tag, index + length < tokens.count, let count = tokens[index + length].count, tokens[index + length].year == nil {
                rank.count = count
                return (length + 1, .rank(rank))
            }
            return (length, tag)
        }
        return nil
    }

    /// "over $500", "at least 3", "between 10 and 20", "5 or more".
    private func comparison(at index: Int, in tokens: [Token]) -> (Int, Tag)? {
        func number(_ at: Int) -> (value: Double, money: Bool, percent: Bool, length: Int, minutes: Double?)? {
            guard at < tokens.count, case .number(let value, let money, let percent) = tokens[at].kind else { return nil }
            let unit = at + 1 < tokens.count ? tokens[at + 1].lower : ""
            if ClosedClasses.moneyUnits.contains(unit) { return (value, true, percent, 2, nil) }
            if ClosedClasses.percentUnits.contains(unit) { return (value, money, true, 2, nil) }
            if let minutes = ClosedClasses.durations[unit] { return (value, money, percent, 2, minutes) }
            return (value, money, percent, 1, nil)
        }
        if let first = number(index), index + first.length + 1 < tokens.count {
            let phrase = tokens[index + first.length].lower + " " + tokens[index + first.length + 1].lower
            if let op = ClosedClasses.comparisons[phrase], phrase.hasPrefix("or ") {
                return (first.length + 2, .compare(Comparison(op: op, value: first.value, money: first.money, percent: first.percent)))
            }
        }
        for length in stride(from: 3, through: 1, by: -1) where index + length < tokens.count {
            let phrase = tokens[index..<(index + length)].map(\.lower).joined(separator: " ")
            guard let op = ClosedClasses.comparisons[phrase], !phrase.hasPrefix("or "), let first = number(index + length) else { continue }
            if op == .between {
                let and = index + length + first.length
                guard and < tokens.count, ["and", "to"].contains(tokens[and].lower), let second = number(and + 1) else { return nil }
                let comparison = Comparison(op: .between, value: first.value, upper: second.value, money: first.money || second.money,
                                            percent: first.percent || second.percent, minutes: second.minutes ?? first.minutes)
                return (length + first.length + 1 + second.length, .compare(comparison))
            }
            return (length + first.length, .compare(Comparison(op: op, value: first.value, money: first.money, percent: first.percent,
                                                               minutes: first.minutes)))
        }
        return nil
    }

    /// The longest schema phrase at `index`, or two words that the schema writes as one ("sign up" → `signup`).
    private func schemaPhrase(at index: Int, in tokens: [Token]) -> (Int, Tag)? {
        for length in stride(from: min(lexicon.longest, tokens.count - index), through: 1, by: -1) {
            let keys = tokens[index..<(index + length)].map(\.key)
            guard let matches = lexicon.matches(keys[...]) else { continue }
            // "consumer segment": when the longer phrase exists only through a synonym, an exact value of its first word wins.
            if length > 1, (matches.first?.quality ?? 0) < 90, let single = lexicon.matches(keys[..<1]),
               single.contains(where: { if case .value = $0.target { return $0.quality == 100 } else { return false } }) {
                return (1, .schema(single))
            }
            return (length, .schema(matches))
        }
        if index + 1 < tokens.count, tokens[index].isWord, tokens[index + 1].isWord {
            for joined in [tokens[index].key + tokens[index + 1].key, Words.key(tokens[index].lower + tokens[index + 1].lower)] {
                if let matches = lexicon.matches([joined]) { return (2, .schema(matches)) }
            }
        }
        return nil
    }
}
