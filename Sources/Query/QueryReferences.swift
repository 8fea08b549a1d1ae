import BICore

/// Lets a query select from an earlier query of the same report by name: `from monthly` becomes
/// a common table expression holding that query's SQL, so the work still runs in the database.
///
/// ```sql
/// -- ```sql best_months
/// select month, revenue from monthly where revenue > 1000000
/// -- runs as: WITH monthly AS (<monthly's SQL>) select month, revenue from monthly where …
/// ```
enum QueryReferences {
    /// The names from `candidates` that `sql` reads after `FROM` or `JOIN`, in the order of `candidates`.
    static func referenced(in sql: String, among candidates: [String]) -> [String] {
        guard !candidates.isEmpty else { return [] }
        let lowered = Set(candidates.map { $0.lowercased() })
        var found: Set<String> = []
        var afterFromOrJoin = false
        let segments = SQLSegments(sql)
        let bytes = segments.bytes
        for segment in segments where segment.isCode {
            var start: Int?
            for index in segment.range.lowerBound...segment.range.upperBound {
                if index < segment.range.upperBound, isWordByte(bytes[index]) {
                    if start == nil { start = index }
                    continue
                }
                guard let first = start else { continue }
                start = nil
                let word = bytes[first..<index]
                if afterFromOrJoin {
                    let name = String(decoding: word, as: UTF8.self).lowercased()
                    if lowered.contains(name) { found.insert(name) }
                }
                afterFromOrJoin = isKeyword(word, "from") || isKeyword(word, "join")
            }
        }
        return candidates.filter { found.contains($0.lowercased()) }
    }

    /// Letters, digits, `_`, `.` and every byte of a non-ASCII character: the bytes of a name.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return byte >= 0x80 || (folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }

    /// Whether `word` is `keyword` (lowercase ASCII) in any case.
    private static func isKeyword(_ word: ArraySlice<UInt8>, _ keyword: String) -> Bool {
        word.count == keyword.utf8.count && zip(word, keyword.utf8).allSatisfy { $0 | 0x20 == $1 }
    }

    /// `sql` with the referenced queries prepended as a `WITH` list (merged into its own, if it has one).
    static func expand(_ sql: BoundSQL, offsets: OffsetMap, with references: [(name: String, sql: BoundSQL)])
        -> (sql: BoundSQL, offsets: OffsetMap) {
        guard !references.isEmpty else { return (sql, offsets) }
        let definitions = references.map { reference in
            BoundSQL(reference.name + " AS (\n") + reference.sql + BoundSQL("\n)")
        }
        var list = definitions[0]
        for definition in definitions.dropFirst() { list = list + BoundSQL(",\n") + definition }
        var offsets = offsets
        if let afterWith = afterLeadingWith(sql.text) {
            let head = BoundSQL(String(decoding: Array(sql.text.utf8)[..<afterWith], as: UTF8.self))
            let inserted = BoundSQL(" ") + list + BoundSQL(",")
            let tail = BoundSQL(String(decoding: Array(sql.text.utf8)[afterWith...], as: UTF8.self), parameters: sql.parameters)
            offsets.insert(length: inserted.text.utf8.count, at: afterWith)
            return (head + inserted + tail, offsets)
        }
        let prefix = BoundSQL("WITH ") + list + BoundSQL("\n")
        offsets.insert(length: prefix.text.utf8.count, at: 0)
        return (prefix + sql, offsets)
    }

    /// The offset just after a leading `WITH` (or `WITH RECURSIVE`), skipping comments; nil when the SQL has none.
    static func afterLeadingWith(_ text: String) -> Int? {
        let segments = SQLSegments(text)
        guard let code = segments.first(where: { $0.isCode && !segments.bytes[$0.range].allSatisfy { $0 <= 32 } }) else { return nil }
        let bytes = segments.bytes
        var index = code.range.lowerBound
        while index < code.range.upperBound, bytes[index] <= 32 { index += 1 }
        func word(at start: Int) -> (String, Int) {
            var end = start
            while end < code.range.upperBound, bytes[end] > 32, bytes[end] != UInt8(ascii: "(") { end += 1 }
            return (String(decoding: bytes[start..<end], as: UTF8.self).lowercased(), end)
        }
        let (first, end) = word(at: index)
        guard first == "with" else { return nil }
        var next = end
        while next < code.range.upperBound, bytes[next] <= 32 { next += 1 }
        let (second, secondEnd) = word(at: next)
        return second == "recursive" ? secondEnd : end
    }
}
