/// Word forms for matching questions to schema names: identifiers split into words, and every word
/// reduced to a key that plurals, verb endings and doubled letters do not change.
///
/// ```swift
/// Words.split(identifier: "customerSignupDate")   // ["customer", "signup", "date"]
/// Words.key("categories") == Words.key("category")   // true
/// Words.key("shipped") == Words.key("ship")          // true
/// ```
enum Words {
    /// `order_items` → [order, items]; `firstResponseMins` → [first, response, mins]; `MRRAmount` → [mrr, amount].
    static func split(identifier: String) -> [String] {
        var words: [String] = []
        var current: [Character] = []
        let characters = Array(identifier)
        func flush() {
            if !current.isEmpty { words.append(String(current).lowercased()) }
            current = []
        }
        for (index, character) in characters.enumerated() {
            if !(character.isLetter || character.isNumber) {
                flush()
                continue
            }
            if let last = current.last {
                let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
                let boundary = (character.isUppercase && (last.isLowercase || last.isNumber))
                    || (character.isUppercase && last.isUppercase && nextIsLower)
                    || (character.isNumber != last.isNumber)
                if boundary { flush() }
            }
            current.append(character)
        }
        flush()
        return words
    }

    /// The matching key of a lowercase word: singular, without verb endings, final `e` or doubled letter.
    static func key(_ word: String) -> String {
        if let irregular = irregular[word] { return irregular }
        var bytes = Array(word.utf8)
        guard bytes.count > 3, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        func ends(_ suffix: String) -> Bool { bytes.count > suffix.utf8.count + 1 && bytes.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        if ends("ies") {
            bytes.removeLast(3); bytes.append(UInt8(ascii: "y"))
        } else if ends("sses") || ends("ches") || ends("shes") || ends("xes") || ends("zes") {
            bytes.removeLast(2)
        } else if ends("ing"), bytes.count > 5 {
            bytes.removeLast(3)
        } else if ends("ed"), bytes.count > 4 {
            bytes.removeLast(2)
        } else if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
            bytes.removeLast()
        }
        if bytes.count > 3, bytes.last == UInt8(ascii: "e") { bytes.removeLast() }
        if bytes.count > 3, bytes[bytes.count - 1] == bytes[bytes.count - 2], !vowels.contains(bytes[bytes.count - 1]) {
            bytes.removeLast()
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The singular of a lowercase noun, spelled out: `categories` → `category`, `boxes` → `box`.
    static func singular(_ word: String) -> String {
        if let irregular = irregularPlurals[word] { return irregular }
        guard word.count > 3 else { return word }
        if word.hasSuffix("ies") { return word.dropLast(3) + "y" }
        if ["sses", "ches", "shes", "xes", "zes"].contains(where: word.hasSuffix) { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !["ss", "us", "is"].contains(where: word.hasSuffix) { return String(word.dropLast()) }
        return word
    }

    private static let irregularPlurals = ["people": "person", "children": "child", "men": "man", "women": "woman",
                                           "statuses": "status", "analyses": "analysis", "data": "data", "series": "series"]

    /// The keys of an identifier's words.
    static func keys(identifier: String) -> [String] { split(identifier: identifier).map(key) }

    private static let vowels: Set<UInt8> = Array("aeiouy".utf8).reduce(into: []) { $0.insert($1) }

    private static let irregular: [String: String] = [
        "people": "person", "persons": "person", "children": "child", "men": "man", "women": "woman",
        "paid": "pay", "sold": "sell", "bought": "buy", "spent": "spend", "made": "make", "won": "win",
        "lost": "lose", "data": "data", "status": "status", "statuses": "status", "analyses": "analysis",
        "series": "series", "news": "news", "this": "this", "has": "has", "was": "was", "does": "does",
    ]
}
