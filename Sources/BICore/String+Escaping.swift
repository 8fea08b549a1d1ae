extension String {
    /// `&`, `<`, `>` and `"` replaced by entities, for XML text and attribute values.
    public var xmlEscaped: String {
        guard contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" }) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count + 16)
        for character in self {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
