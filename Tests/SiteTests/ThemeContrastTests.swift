import Foundation
import Testing

/// The default theme's colour pairs meet WCAG 2.1 AA (4.5:1 for text) in the light and the dark theme.
struct ThemeContrastTests {
    static let css: String = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Templates/assets/bi.css")
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }()

    /// Text colour over background colour, as CSS variable names.
    static let pairs = [
        ("text", "bg"), ("text", "surface"), ("muted", "bg"), ("muted", "surface"), ("faint", "surface"), ("faint", "bg"),
        ("link", "bg"), ("link", "surface"), ("on-accent", "accent"),
        ("sidebar-text", "sidebar-bg"), ("sidebar-muted", "sidebar-bg"), ("sidebar-active", "sidebar-bg"),
    ]

    @Test(arguments: ["light", "dark"])
    func textContrastMeetsAA(_ theme: String) throws {
        let variables = try #require(ThemeContrastTests.variables(theme))
        for (foreground, background) in ThemeContrastTests.pairs {
            let ratio = contrast(try #require(variables[foreground], "\(foreground)"), try #require(variables[background], "\(background)"))
            #expect(ratio >= 4.5, "\(theme): \(foreground) on \(background) is \(ratio):1")
        }
    }

    /// The `--name: #rrggbb` declarations of the light (`:root`) or dark (media query) block.
    static func variables(_ theme: String) -> [String: String]? {
        let blocks = css.components(separatedBy: ":root {")
        guard blocks.count >= 3 else { return nil }
        let light = blocks[1].components(separatedBy: "}")[0]
        let dark = blocks[2].components(separatedBy: "}")[0]
        var result: [String: String] = [:]
        for block in theme == "light" ? [light] : [light, dark] {
            let expression = try! NSRegularExpression(pattern: "--([a-z-]+):\\s*(#[0-9a-fA-F]{6})")
            for match in expression.matches(in: block, range: NSRange(block.startIndex..., in: block)) {
                result[String(block[Range(match.range(at: 1), in: block)!])] = String(block[Range(match.range(at: 2), in: block)!])
            }
        }
        return result
    }

    func contrast(_ a: String, _ b: String) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return ((max(la, lb) + 0.05) / (min(la, lb) + 0.05) * 100).rounded() / 100
    }

    func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16)!
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }
}
