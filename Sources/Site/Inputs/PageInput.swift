import BICore
import Reports

/// An input of a page (`<Dropdown>`, `<ButtonGroup>`, `<DateRange>`) with every value it offers.
/// Pages are static, so each option's results are computed at build time; the page shows the default
/// option without JavaScript and switches between them with it.
public struct PageInput: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case dropdown, buttons, dateRange }

    public struct Option: Sendable, Hashable {
        /// The option in the page URL (`?region=West`); empty for "all".
        public var key: String
        public var label: String
        /// The values bound to the page's SQL when the option is chosen.
        public var parameters: [String: Value]
    }

    public var name: String
    public var label: String
    public var kind: Kind
    public var options: [Option]
    public var defaultIndex: Int

    /// The parameter names this input binds in SQL (`:region`, or `:period_start` and `:period_end`).
    public var parameterNames: [String] { kind == .dateRange ? [name + "_start", name + "_end"] : [name] }

    public var defaultOption: Option { options[defaultIndex] }
}

/// A choice of one option per input: one precomputed state of a page.
public struct InputSelection: Hashable, Sendable {
    /// Option keys by input name.
    public var keys: [String: String]

    /// The URL query form, inputs in name order: `channel=Online&region=`.
    public var id: String {
        keys.sorted { $0.key < $1.key }.map { "\($0.key)=\(URLComponent.encode($0.value))" }.joined(separator: "&")
    }

    /// Every combination of the inputs' options, the defaults first.
    public static func all(_ inputs: [PageInput]) -> [(selection: InputSelection, parameters: [String: Value])] {
        var combinations: [(InputSelection, [String: Value])] = [(InputSelection(keys: [:]), [:])]
        for input in inputs {
            let ordered = [input.defaultOption] + input.options.enumerated().filter { $0.offset != input.defaultIndex }.map(\.element)
            combinations = combinations.flatMap { selection, parameters in
                ordered.map { option in
                    var next = selection
                    next.keys[input.name] = option.key
                    return (next, parameters.merging(option.parameters) { _, new in new })
                }
            }
        }
        return combinations
    }
}

/// Percent-encoding for URL query values.
public enum URLComponent {
    public static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
