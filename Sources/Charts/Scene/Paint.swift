/// A colour and the theme role it plays, so pages can restyle it (dark mode) by CSS class.
public struct Paint: Hashable, Sendable {
    /// `#rrggbb`.
    public var color: String
    public var opacity: Double
    /// CSS class in SVG (`series-0`, `grid`, `label`).
    public var role: String

    public init(_ color: String, opacity: Double = 1, role: String) {
        self.color = color
        self.opacity = opacity
        self.role = role
    }

    /// The same paint at another opacity.
    public func opacity(_ value: Double) -> Paint { Paint(color, opacity: value, role: role) }

    /// Red, green and blue in 0…1, from `color`.
    public var rgb: (red: Double, green: Double, blue: Double) {
        let hex = color.utf8.dropFirst().compactMap { byte -> Int? in
            switch byte {
            case 48...57: Int(byte) - 48
            case 97...102: Int(byte) - 87
            case 65...70: Int(byte) - 55
            default: nil
            }
        }
        guard hex.count == 6 else { return (0, 0, 0) }
        return (Double(hex[0] * 16 + hex[1]) / 255, Double(hex[2] * 16 + hex[3]) / 255, Double(hex[4] * 16 + hex[5]) / 255)
    }
}

public struct Stroke: Hashable, Sendable {
    public var paint: Paint
    public var width: Double
    public var dash: [Double]

    public init(_ paint: Paint, width: Double, dash: [Double] = []) {
        self.paint = paint
        self.width = width
        self.dash = dash
    }
}

/// The one font family every backend draws and measures with, so layout is the same everywhere.
public struct Font: Hashable, Sendable {
    public static let family = "DejaVu Sans"

    public var size: Double
    public var isBold: Bool
    public init(size: Double, bold: Bool = false) {
        self.size = size
        isBold = bold
    }
}

public struct Text: Hashable, Sendable {
    public enum Anchor: String, Hashable, Sendable { case start, middle, end }

    public var string: String
    /// The baseline position of the anchor point.
    public var at: Point
    public var font: Font
    public var anchor: Anchor
    public var paint: Paint
    /// Degrees, clockwise, around `at`.
    public var rotation: Double

    public init(_ string: String, at: Point, font: Font, anchor: Anchor = .start, paint: Paint, rotation: Double = 0) {
        self.string = string
        self.at = at
        self.font = font
        self.anchor = anchor
        self.paint = paint
        self.rotation = rotation
    }
}
