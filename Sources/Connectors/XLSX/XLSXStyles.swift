/// Which cell styles of a workbook format numbers as dates or times (`styles.xml`).
struct XLSXStyles {
    /// Indexes into `cellXfs`, as cells name them in `s="…"`.
    let dateStyles: Set<Int>

    init(xml: [UInt8]) {
        var scanner = XMLScanner(xml)
        var customDates: Set<Int> = []
        var styles: Set<Int> = []
        var inCellFormats = false
        var index = 0
        while let tag = scanner.nextTag() {
            if tag.named("numFmt"), let id = tag.attribute("numFmtId").flatMap(Int.init), let code = tag.attribute("formatCode"),
               XLSXStyles.isDateFormat(code) {
                customDates.insert(id)
            } else if tag.named("cellXfs") {
                inCellFormats = !tag.isClosing
            } else if inCellFormats, tag.named("xf"), !tag.isClosing {
                let format = tag.attribute("numFmtId").flatMap(Int.init) ?? 0
                if (14...22).contains(format) || (45...47).contains(format) || customDates.contains(format) { styles.insert(index) }
                index += 1
            }
        }
        dateStyles = styles
    }

    /// Whether a number format code shows a date or time: `yyyy-mm-dd`, `d/m/yy h:mm`; text in quotes,
    /// colours and conditions in brackets (`[Red]`) and escaped characters do not count.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false, inBrackets = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[": inBrackets = true
            case "]": inBrackets = false
            case "y", "d", "h", "s", "m": if !inQuotes, !inBrackets { return true }
            default: continue
            }
        }
        return false
    }
}
