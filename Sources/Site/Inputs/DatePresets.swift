import BICore
import Reports

/// The preset ranges of a `<DateRange>`, relative to the as-of day: `30d`, `12w`, `12m`, `2y`,
/// `mtd`, `qtd`, `ytd`, `all`. Each binds `:NAME_start` and `:NAME_end` as ISO dates (inclusive).
enum DatePresets {
    static let standard = "12m, 90d, 30d, ytd, all"

    static func options(_ component: Component, asOf: Day) throws -> [PageInput.Option] {
        let name = component["name"]!
        let attribute = component.attribute("presets")
        return try (attribute?.value ?? standard).split(separator: ",").map { raw in
            let key = raw.trimming(" ")
            guard let (label, start) = range(key, asOf: asOf) else {
                throw Diagnostic(at: attribute?.valueLocation ?? component.location, "unknown date preset '\(key)'",
                                 hint: "presets are like 30d, 12w, 12m, 2y, mtd, qtd, ytd, all")
            }
            let end = key == "all" ? "9999-12-31" : asOf.description
            return PageInput.Option(key: key, label: label, parameters: [name + "_start": .text(start), name + "_end": .text(end)])
        }
    }

    /// The label and first day of a preset.
    static func range(_ key: String, asOf: Day) -> (String, String)? {
        switch key {
        case "all": return ("All time", "0001-01-01")
        case "mtd": return ("Month to date", asOf.startOfMonth.description)
        case "qtd": return ("Quarter to date", asOf.startOfQuarter.description)
        case "ytd": return ("Year to date", asOf.startOfYear.description)
        default:
            guard let unit = key.last, let count = Int(key.dropLast()), count > 0 else { return nil }
            switch unit {
            case "d": return ("Last \(count) days", asOf.adding(days: 1 - count).description)
            case "w": return ("Last \(count) weeks", asOf.adding(days: 1 - 7 * count).description)
            case "m": return ("Last \(count) months", asOf.adding(months: -count).adding(days: 1).description)
            case "y": return ("Last \(count) years", asOf.adding(years: -count).adding(days: 1).description)
            default: return nil
            }
        }
    }
}
