extension StringProtocol {
    /// The text without leading and trailing characters from `characters`:
    /// `"  a b \n".trimming(" \n")` is `"a b"`.
    public func trimming(_ characters: String) -> String {
        let set = Set(characters)
        let start = firstIndex { !set.contains($0) } ?? endIndex
        let end = lastIndex { !set.contains($0) }.map { index(after: $0) } ?? start
        return String(self[start..<Swift.max(start, end)])
    }
}
