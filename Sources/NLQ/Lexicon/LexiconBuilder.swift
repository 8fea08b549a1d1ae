import BICore

/// Builds the ``Lexicon`` of a schema: names and their parts, synonyms, values, flags and the semantic model.
struct LexiconBuilder {
    private let model: SchemaModel
    private var phrases: [String: [LexiconMatch]] = [:]
    private var spellings: Set<String> = []

    /// - Throws: ``DiagnosticList`` when the semantic model names tables or columns the schema lacks.
    static func lexicon(for model: SchemaModel, semantic: SemanticModel?) throws -> Lexicon {
        var builder = LexiconBuilder(model: model)
        let measures = try SemanticLinker.measures(semantic, model)
        let preferredTime = try SemanticLinker.timeColumn(semantic, model)
        for table in model.tables.indices { builder.addTable(table) }
        for table in model.tables.indices {
            for column in model.tables[table].columns.indices { builder.addColumn(ColumnID(table: table, column: column)) }
        }
        let concepts = ConceptInference.concepts(in: model, measures: measures)
        for (concept, phrases) in Vocabulary.conceptPhrases where concepts[concept] != nil {
            for (phrase, quality) in phrases { builder.add(Tokenizer.tokens(of: phrase).map(\.key), .concept(concept), quality: quality) }
        }
        if let semantic { try builder.addSemantic(semantic, measures: measures) }
        builder.spellings.formUnion(Vocabulary.synonymGroups.joined())
        builder.spellings.formUnion(Vocabulary.revenueSpellings)
        builder.spellings.formUnion(ClosedClasses.phrases.keys.flatMap { $0.split(separator: " ").map(String.init) })
        builder.spellings.formUnion(TimePoint.monthNames.keys)
        builder.spellings.formUnion(TimePoint.units.keys)
        builder.spellings.formUnion(["today", "yesterday", "this", "last", "previous", "since", "between", "before", "after"])
        let phrases = builder.phrases.mapValues { $0.sorted { $0.quality > $1.quality } }
        return Lexicon(model: model, phrases: phrases, longest: phrases.keys.map { $0.split(separator: " ").count }.max() ?? 1,
                       spellings: builder.spellings.filter { $0.count >= 3 && $0.allSatisfy(\.isLetter) && !Vocabulary.fillers.contains($0) }.sorted(),
                       concepts: concepts, measures: measures, preferredTime: preferredTime)
    }

    /// Adds `keys` → `target`, keeping the best quality when the pair is already there.
    mutating func add(_ keys: [String], _ target: LexiconTarget, quality: Int) {
        guard !keys.isEmpty else { return }
        let phrase = keys.joined(separator: " ")
        if let index = phrases[phrase]?.firstIndex(where: { $0.target == target }) {
            phrases[phrase]![index].quality = max(phrases[phrase]![index].quality, quality)
        } else {
            phrases[phrase, default: []].append(LexiconMatch(target: target, quality: quality))
        }
    }

    /// Adds `keys`, and each variant with one word replaced by a synonym (a little less good).
    mutating func addWithSynonyms(_ keys: [String], _ target: LexiconTarget, quality: Int) {
        add(keys, target, quality: quality)
        for (index, key) in keys.enumerated() {
            for synonym in (Vocabulary.synonyms[key] ?? []).sorted() {
                var variant = keys
                variant[index] = synonym
                add(variant, target, quality: quality - 15)
            }
            for phrase in Vocabulary.phraseSynonyms[key] ?? [] {
                add(Array(keys[..<index]) + phrase + Array(keys[(index + 1)...]), target, quality: quality - 5)
            }
        }
    }

    private mutating func addTable(_ index: Int) {
        let table = model.tables[index]
        spellings.formUnion(Words.split(identifier: table.name))
        addWithSynonyms(table.keys, .table(index), quality: 100)
        if table.keys.count > 1, let last = table.keys.last {
            addWithSynonyms([last], .table(index), quality: 90)
            for word in table.keys.dropLast() where !LexiconBuilder.genericWords.contains(word) { add([word], .table(index), quality: 60) }
        }
    }

    private mutating func addColumn(_ id: ColumnID) {
        let table = model.tables[id.table], column = model.column(id)
        spellings.formUnion(Words.split(identifier: column.name))
        switch column.role {
        case .key:
            return
        case .flag:
            let words = column.keys.filter { !["is", "has", "was", "flag"].contains($0) }
            add(words, .flag(id, true), quality: 95)
            if words.count == 1 { add(["in" + words[0]], .flag(id, false), quality: 95) }
        case .category, .text:
            addValues(of: id)
        case .time, .measure:
            break
        }
        let keys = column.keys
        addWithSynonyms(keys, .column(id), quality: 100)
        if let tableWord = table.keys.last, keys.first != tableWord { addWithSynonyms([tableWord] + keys, .column(id), quality: 100) }
        guard keys.count > 1 else { return }
        for length in 1..<keys.count {
            for start in 0...(keys.count - length) {
                let part = Array(keys[start..<(start + length)])
                guard !part.allSatisfy(LexiconBuilder.genericWords.contains) else { continue }
                addWithSynonyms(part, .column(id), quality: 50 + 40 * length / keys.count)
            }
        }
    }

    private mutating func addValues(of id: ColumnID) {
        guard let values = model.column(id).values else { return }
        var wordCounts: [String: Int] = [:]
        var valueKeys: [(String, [String])] = []
        for value in values {
            let tokens = Tokenizer.tokens(of: value)
            let keys = tokens.map(\.key)
            guard !keys.isEmpty else { continue }
            spellings.formUnion(tokens.filter(\.isWord).map(\.lower))
            add(keys, .value(id, value), quality: 100)
            for demonym in Vocabulary.demonyms[value.lowercased()] ?? [] {
                add(Tokenizer.tokens(of: demonym).map(\.key), .value(id, value), quality: 95)
                spellings.insert(demonym)
            }
            valueKeys.append((value, keys))
            for key in Set(keys) { wordCounts[key, default: 0] += 1 }
        }
        // In short lists, a distinctive word of a longer value stands for it: "mobile" for "Mobile App".
        guard values.count <= 60 else { return }
        for (value, keys) in valueKeys where keys.count > 1 {
            for key in keys where wordCounts[key] == 1 && key.count >= 3 && !Vocabulary.fillers.contains(key) && ClosedClasses.phrases[key] == nil {
                add([key], .value(id, value), quality: 55)
            }
        }
    }

    private mutating func addSemantic(_ semantic: SemanticModel, measures: [SemanticMeasure]) throws {
        for (index, measure) in measures.enumerated() {
            for name in [measure.measure.name] + measure.measure.synonyms { add(Words.keys(identifier: name), .measure(index), quality: 100) }
        }
        for dimension in semantic.dimensions {
            let column = try SemanticLinker.column(dimension.column, at: dimension.location, model)
            for name in [dimension.name] + dimension.synonyms { add(Words.keys(identifier: name), .column(column), quality: 100) }
        }
        for (word, meaning) in semantic.synonyms.sorted(by: { $0.key < $1.key }) {
            let target = try SemanticLinker.target(of: meaning, semantic: semantic, measures: measures, model)
            add(Words.keys(identifier: word), target, quality: 100)
            spellings.formUnion(Words.split(identifier: word))
        }
    }

    /// Words that say nothing about which column is meant when they stand alone.
    static let genericWords: Set<String> = ["id", "at", "on", "is", "has", "was", "by", "of", "the", "num", "no", "nr", "flag", "in", "to"]
}
