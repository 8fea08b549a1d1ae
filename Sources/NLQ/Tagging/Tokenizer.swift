import BICore

/// Splits a question into words, numbers and dates.
///
/// Hyphens and punctuation separate words ("year-over-year" is three words), `&` reads as "and",
/// possessives drop their `'s`, and numbers keep their units: `$1,500` is money, `20%` a percentage,
/// `2.5k` is 2500. ISO days (`2024-03-21`) and months (`2024-03`) stay whole.
enum Tokenizer {
    static func tokens(of question: String) -> [Token] {
        let characters = Array(question)
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "$" || character.isNumber || (character == "." && index + 1 < characters.count && characters[index + 1].isNumber) {
                if let token = number(in: characters, at: index) {
                    tokens.append(token)
                    index = token.end
                    continue
                }
            }
            if character.isLetter || character.isNumber {
                var end = index
                while end < characters.count, characters[end].isLetter || characters[end].isNumber { end += 1 }
                let text = String(characters[index..<end])
                // Possessive or contraction: "customer's", "what's" → drop the 's.
                if end + 1 < characters.count, characters[end] == "'" || characters[end] == "’", characters[end + 1].lowercased() == "s",
                   end + 2 >= characters.count || !characters[end + 2].isLetter {
                    tokens.append(word(text, start: index, end: end))
                    index = end + 2
                    continue
                }
                tokens.append(word(text, start: index, end: end))
                index = end
                continue
            }
            if character == "&" {
                tokens.append(Token(kind: .word, text: String(character), lower: "and", key: "and", start: index, end: index + 1))
            } else if character == ">" || character == "<" || character == "=" {
                var end = index + 1
                if end < characters.count, characters[end] == "=" { end += 1 }
                let text = String(characters[index..<end])
                tokens.append(Token(kind: .word, text: text, lower: text, key: text, start: index, end: end))
                index = end
                continue
            }
            index += 1
        }
        return tokens
    }

    private static func word(_ text: String, start: Int, end: Int) -> Token {
        let lower = text.lowercased()
        if let value = numberWords[lower] {
            return Token(kind: .number(Double(value), money: false, percent: false), text: text, lower: lower, key: lower, start: start, end: end)
        }
        return Token(kind: .word, text: text, lower: lower, key: Words.key(lower), start: start, end: end)
    }

    /// Small numbers written as words: "top five products".
    private static let numberWords = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                                      "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "fifty": 50, "hundred": 100]

    /// A number with its unit, an ISO day or an ISO month starting at `start`; nil when there is none.
    private static func number(in characters: [Character], at start: Int) -> Token? {
        var index = start
        let money = characters[index] == "$"
        if money { index += 1 }
        var digits = ""
        while index < characters.count {
            let character = characters[index]
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else if character == ",", !digits.isEmpty, isThousandsGroup(characters, after: index) {
                // a thousands separator: skip it
            } else if character == ".", index + 1 < characters.count, characters[index + 1].isNumber, !digits.contains(".") {
                digits.append(character)
            } else {
                break
            }
            index += 1
        }
        guard !digits.isEmpty else { return nil }
        if !money, digits.count == 4, index < characters.count, characters[index] == "-", let token = isoDate(in: characters, start: start) {
            return token
        }
        guard var value = Double(digits) else { return nil }
        var percent = false
        if index < characters.count {
            let next = characters[index]
            let glued = index + 1 < characters.count && characters[index + 1].isLetter
            if next == "%" {
                percent = true
                index += 1
            } else if next == "k" || next == "K", !glued {
                value *= 1_000
                index += 1
            } else if next.isLetter {
                // Digits glued to letters ("3rd", "1000pc") make a word.
                var end = index
                while end < characters.count, characters[end].isLetter || characters[end].isNumber { end += 1 }
                let text = String(characters[start..<end])
                return Token(kind: .word, text: text, lower: text.lowercased(), key: text.lowercased(), start: start, end: end)
            }
        }
        let text = String(characters[start..<index])
        return Token(kind: .number(value, money: money, percent: percent), text: text, lower: text.lowercased(), key: text.lowercased(),
                     start: start, end: index)
    }

    /// `2024-03-21` or `2024-03` at `start`.
    private static func isoDate(in characters: [Character], start: Int) -> Token? {
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= characters.count, characters[from..<(from + count)].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(String(characters[from..<(from + count)]))
        }
        func ends(at index: Int) -> Bool { index >= characters.count || !(characters[index].isLetter || characters[index].isNumber) }
        guard let year = digits(start, 4), let month = digits(start + 5, 2), (1...12).contains(month) else { return nil }
        if start + 7 < characters.count, characters[start + 7] == "-", let dayNumber = digits(start + 8, 2), ends(at: start + 10),
           let day = Day(year: year, month: month, day: dayNumber) {
            return Token(kind: .day(day), text: day.description, lower: day.description, key: day.description, start: start, end: start + 10)
        }
        guard ends(at: start + 7) else { return nil }
        let text = String(characters[start..<(start + 7)])
        return Token(kind: .month(year: year, month: month), text: text, lower: text, key: text, start: start, end: start + 7)
    }

    private static func isThousandsGroup(_ characters: [Character], after comma: Int) -> Bool {
        let group = characters[(comma + 1)..<min(comma + 4, characters.count)]
        return group.count == 3 && group.allSatisfy { $0.isASCII && $0.isNumber }
            && (comma + 4 >= characters.count || !characters[comma + 4].isNumber)
    }
}
