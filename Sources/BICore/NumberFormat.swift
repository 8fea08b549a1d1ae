/// How numbers are written on axes, labels and in tables: `1.2K`, `$3.4M`, `12.5%`, `1,234.50`.
public enum NumberFormat: Hashable, Sendable {
    /// Compact with K/M/B suffixes for large values, plain otherwise.
    case auto
    /// Thousands separators and a fixed number of decimals.
    case fixed(decimals: Int)
    /// US dollars, compact on axes (`$1.2M`), full in tables.
    case usd
    /// A ratio shown as a percentage (`0.125` → `12.5%`).
    case percent
    /// Whole numbers with thousands separators.
    case integer

    /// Parses the `fmt=` attribute: `auto`, `usd`, `pct`, `int`, `num0`…`num4`.
    public init?(name: String) {
        switch name {
        case "auto": self = .auto
        case "usd": self = .usd
        case "pct", "percent": self = .percent
        case "int", "integer": self = .integer
        default:
            guard name.hasPrefix("num"), let decimals = Int(name.dropFirst(3)), (0...6).contains(decimals) else { return nil }
            self = .fixed(decimals: decimals)
        }
    }

    public static let names = ["auto", "usd", "pct", "int", "num0", "num1", "num2", "num3", "num4"]

    /// Short form for axis ticks: `1.2K`, `$3.4M`, `15%`.
    public func axisLabel(_ value: Double) -> String {
        switch self {
        case .auto, .integer: NumberFormat.compact(value)
        case .fixed(let decimals): NumberFormat.grouped(value, decimals: decimals)
        case .usd: NumberFormat.withSign(of: value, decimals: 2, "$" + NumberFormat.compact(abs(value)))
        case .percent: NumberFormat.trimmed(value * 100, maxDecimals: 1) + "%"
        }
    }

    /// Full form for values in text and tooltips: `1,234,567`, `$1,234.50`, `12.5%`.
    public func full(_ value: Double) -> String {
        switch self {
        case .auto: NumberFormat.groupedTrimmed(value, maxDecimals: 2)
        case .integer: NumberFormat.grouped(value.rounded(), decimals: 0)
        case .fixed(let decimals): NumberFormat.grouped(value, decimals: decimals)
        case .usd: NumberFormat.withSign(of: value, decimals: 2, "$" + NumberFormat.grouped(abs(value), decimals: 2))
        case .percent: NumberFormat.grouped(value * 100, decimals: 1) + "%"
        }
    }

    /// `1234` → `1.2K`, `3_400_000` → `3.4M`; small values keep up to two decimals.
    public static func compact(_ value: Double) -> String {
        let magnitude = abs(value)
        for (threshold, suffix) in [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")] where magnitude >= threshold {
            return trimmed(value / threshold, maxDecimals: 1) + suffix
        }
        return trimmed(value, maxDecimals: magnitude < 1 ? 3 : 2)
    }

    /// Rounds to at most `maxDecimals`, dropping trailing zeros: `2.50` → `2.5`.
    public static func trimmed(_ value: Double, maxDecimals: Int) -> String {
        var text = fixedPoint(value, decimals: maxDecimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// Thousands separators and at most `maxDecimals` decimals: `1234.5` → `1,234.5`.
    public static func groupedTrimmed(_ value: Double, maxDecimals: Int) -> String {
        var text = grouped(value, decimals: maxDecimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// `text` with a leading minus when `value` is negative once rounded to `decimals` (so no `-$0.00`).
    static func withSign(of value: Double, decimals: Int, _ text: String) -> String {
        fixedPoint(value, decimals: decimals).hasPrefix("-") ? "-" + text : text
    }

    /// Thousands separators and exactly `decimals` decimals: `1234.5` → `1,234.50`.
    public static func grouped(_ value: Double, decimals: Int) -> String {
        let text = fixedPoint(abs(value), decimals: decimals)
        let parts = text.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groups: [Substring] = []
        while integer.count > 3 {
            groups.insert(integer.suffix(3), at: 0)
            integer.removeLast(3)
        }
        groups.insert(Substring(integer), at: 0)
        let sign = value < 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "-" : ""
        return sign + groups.joined(separator: ",") + (parts.count > 1 ? "." + String(parts[1]) : "")
    }

    /// `value` with exactly `decimals` decimals, rounded half away from zero, without Foundation.
    static func fixedPoint(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        let scale = (0..<decimals).reduce(1.0) { result, _ in result * 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e18 else { return value.description }
        let units = UInt64(scaled)
        let factor = UInt64(scale)
        var text = String(units / factor)
        if decimals > 0 {
            let fraction = String(units % factor)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (value < 0 && units != 0 ? "-" : "") + text
    }
}
