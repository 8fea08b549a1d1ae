/// Column names as people read them: `avg_order_value` → `Avg order value`, `unitPrice` → `Unit price`.
public enum ColumnTitle {
    public static func humanize(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        for character in name {
            if character == "_" || character == " " || character == "-" {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else if character.isUppercase, let last = current.last, last.isLowercase {
                words.append(current)
                current = String(character)
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        let text = words.map { $0.count > 1 && $0.allSatisfy { $0.isUppercase } ? $0 : $0.lowercased() }.joined(separator: " ")
        // Concrete String operations only: the generic `append(contentsOf:)` that `String + Substring`
        // calls, and a key path, each cost a first-use lookup through every protocol conformance in bi.
        guard let first = text.first else { return text }
        return first.uppercased() + String(text.dropFirst())
    }
}
