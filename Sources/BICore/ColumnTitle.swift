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
        let text = words.map { $0.count > 1 && $0.allSatisfy(\.isUppercase) ? $0 : $0.lowercased() }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
