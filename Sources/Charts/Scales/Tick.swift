/// A labelled position on an axis: `value` in the scale's domain (a band's index for categories).
public struct Tick: Hashable, Sendable {
    public var value: Double
    public var label: String

    public init(_ value: Double, _ label: String) {
        self.value = value
        self.label = label
    }
}
