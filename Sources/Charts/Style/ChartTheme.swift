import Foundation

/// Colours of a chart. Series colours are the Okabe–Ito palette, which stays distinguishable with
/// the common colour-vision deficiencies; quantities on a colour scale use a nine-step single-hue
/// ramp (light to dark on a light background, dark to light on a dark one).
///
/// Every paint carries a role that becomes its CSS class in SVG, so a page in dark mode restyles
/// a light-theme chart with ``stylesheet`` instead of drawing it twice.
public struct ChartTheme: Hashable, Sendable {
    public var name: String
    public var series: [String]
    public var sequential: [String]
    public var text: String
    public var mutedText: String
    public var grid: String
    public var axis: String
    public var background: String
    public var positive: String
    public var negative: String
    /// Marks that stand for "other" or "no data" (map land without a value, bullet bands).
    public var neutral: String
    public var annotation: String

    public static let light = ChartTheme(
        name: "light",
        series: ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"],
        sequential: ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"],
        text: "#1f2933", mutedText: "#52606d", grid: "#e4e7eb", axis: "#9aa5b1", background: "#ffffff",
        positive: "#009E73", negative: "#D55E00", neutral: "#d5dae0", annotation: "#6f42c1")

    public static let dark = ChartTheme(
        name: "dark",
        series: ["#56B4E9", "#E69F00", "#2BBF8F", "#E08BC1", "#8FD3FF", "#FF7A33", "#F0E442", "#D0D7DE"],
        sequential: ["#111d2b", "#132f4a", "#174469", "#1c5b8a", "#2673ab", "#3d8dc6", "#64a9db", "#93c6eb", "#c6e2f7"],
        text: "#e6edf3", mutedText: "#a8b3bf", grid: "#30363d", axis: "#6e7681", background: "#161b22",
        positive: "#2BBF8F", negative: "#FF7A33", neutral: "#3a424d", annotation: "#c297ff")

    /// `light` or `dark`.
    public init?(named name: String) {
        switch name {
        case "light": self = .light
        case "dark": self = .dark
        default: return nil
        }
    }

    public init(name: String, series: [String], sequential: [String], text: String, mutedText: String, grid: String,
                axis: String, background: String, positive: String, negative: String, neutral: String, annotation: String) {
        self.name = name
        self.series = series
        self.sequential = sequential
        self.text = text
        self.mutedText = mutedText
        self.grid = grid
        self.axis = axis
        self.background = background
        self.positive = positive
        self.negative = negative
        self.neutral = neutral
        self.annotation = annotation
    }

    public func seriesPaint(_ index: Int) -> Paint {
        Paint(series[index % series.count], role: "series-\(index % series.count)")
    }

    /// Text drawn on a series colour: dark on light colours, white on dark ones.
    public func seriesInk(_ index: Int) -> Paint {
        Paint(ChartTheme.ink(on: series[index % series.count]), role: "series-\(index % series.count)-ink")
    }

    /// Text drawn on a ramp step.
    public func sequentialInk(_ fraction: Double) -> Paint {
        let step = sequentialPaint(fraction)
        return Paint(ChartTheme.ink(on: step.color), role: step.role + "-ink")
    }

    /// `#1f2933` on colours whose relative luminance is above 0.4, else white.
    static func ink(on color: String) -> String {
        let rgb = Paint(color, role: "").rgb
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        let luminance = 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue)
        return luminance > 0.4 ? "#1f2933" : "#ffffff"
    }

    /// The ramp step for `fraction` in 0…1 (clamped).
    public func sequentialPaint(_ fraction: Double) -> Paint {
        let step = Swift.min(sequential.count - 1, Swift.max(0, Int((fraction.isFinite ? fraction : 0) * Double(sequential.count))))
        return Paint(sequential[step], role: "seq-\(step)")
    }

    var textPaint: Paint { Paint(text, role: "title") }
    var labelPaint: Paint { Paint(mutedText, role: "label") }
    var backgroundPaint: Paint { Paint(background, role: "background") }
    var positivePaint: Paint { Paint(positive, role: "positive") }
    var negativePaint: Paint { Paint(negative, role: "negative") }
    var neutralPaint: Paint { Paint(neutral, role: "neutral") }
    var annotationPaint: Paint { Paint(annotation, role: "annotation") }
    var gridStroke: Stroke { Stroke(Paint(grid, role: "grid"), width: 1) }
    var axisStroke: Stroke { Stroke(Paint(axis, role: "axis-line"), width: 1) }
    /// Outlines between touching marks (slices, cells, countries): the background colour.
    var separatorStroke: Stroke { Stroke(backgroundPaint, width: 1) }
}
