/// Shortens labels that do not fit, ending them with an ellipsis; the full text stays in tooltips.
enum Truncation {
    static func fit(_ text: String, font: Font, width: Double, measurer: any TextMeasurer) -> String {
        guard measurer.width(of: text, font: font) > width else { return text }
        var characters = Array(text)
        // Binary search on the prefix length keeps this fast for long labels.
        var low = 0, high = characters.count
        while low < high {
            let middle = (low + high + 1) / 2
            if measurer.width(of: String(characters[0..<middle]) + "…", font: font) <= width { low = middle } else { high = middle - 1 }
        }
        characters = Array(characters[0..<low])
        while characters.last == " " { characters.removeLast() }
        return characters.isEmpty ? "…" : String(characters) + "…"
    }
}
