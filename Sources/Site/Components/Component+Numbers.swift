import BICore
import Reports

extension Component {
    /// The number an attribute holds (the parser has checked it is one), or an error at its
    /// value when it lies outside `range`; nil when the attribute is not given.
    func number(_ name: String, in range: ClosedRange<Double>) throws -> Double? {
        guard let attribute = attribute(name), let value = Double(attribute.value) else { return nil }
        guard range.contains(value) else {
            throw Diagnostic(at: attribute.valueLocation, "'\(name)' of <\(self.name)> must be from \(range.lowerBound.shortestText) to \(range.upperBound.shortestText), not \(attribute.value)")
        }
        return value
    }

    /// A whole number from an attribute, or an error at its value when it is not whole or lies
    /// outside `range`; nil when the attribute is not given.
    func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let value = try number(name, in: Double(range.lowerBound)...Double(range.upperBound)) else { return nil }
        guard value == value.rounded() else {
            throw Diagnostic(at: attribute(name)!.valueLocation, "'\(name)' of <\(self.name)> must be a whole number, not \(attribute(name)!.value)")
        }
        return Int(value)
    }
}
