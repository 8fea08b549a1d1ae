import Foundation

/// A path of straight and cubic Bézier segments in one or more subpaths. Arcs are built from
/// Béziers, so every backend needs only move, line, curve and close.
///
/// ```swift
/// var wedge = Path()
/// wedge.move(to: center)
/// wedge.addArc(center: center, radius: 80, from: 0, to: .pi / 2)
/// wedge.close()
/// ```
public struct Path: Hashable, Sendable {
    public enum Element: Hashable, Sendable {
        case move(Point)
        case line(Point)
        /// Control points, then the end point.
        case curve(Point, Point, Point)
        case close
    }

    public var elements: [Element]

    public init(_ elements: [Element] = []) { self.elements = elements }

    /// One subpath per run of points (a gap in the data starts a new run).
    public init(runs: [[Point]], closed: Bool = false) {
        elements = []
        elements.reserveCapacity(runs.reduce(0) { $0 + $1.count + 1 })
        for run in runs where !run.isEmpty {
            elements.append(.move(run[0]))
            for point in run.dropFirst() { elements.append(.line(point)) }
            if closed { elements.append(.close) }
        }
    }


    public mutating func move(to point: Point) { elements.append(.move(point)) }
    public mutating func line(to point: Point) { elements.append(.line(point)) }
    public mutating func curve(to end: Point, control1: Point, control2: Point) { elements.append(.curve(control1, control2, end)) }
    public mutating func close() { elements.append(.close) }

    /// Appends a circular arc from angle `start` to `end` (radians, clockwise on screen from 3 o'clock),
    /// drawing a line to its start first when the path is not there already.
    public mutating func addArc(center: Point, radius: Double, from start: Double, to end: Double) {
        let pieces = Swift.max(1, Int((abs(end - start) / (Double.pi / 2)).rounded(.up)))
        let step = (end - start) / Double(pieces)
        let first = Path.point(on: center, radius: radius, angle: start)
        if elements.isEmpty { move(to: first) } else { line(to: first) }
        // A quarter circle or less per Bézier: control arms of 4/3·tan(θ/4)·r.
        let arm = 4.0 / 3.0 * tan(step / 4) * radius
        for index in 0..<pieces {
            let a = start + Double(index) * step, b = a + step
            let p0 = Path.point(on: center, radius: radius, angle: a), p3 = Path.point(on: center, radius: radius, angle: b)
            curve(to: p3, control1: Point(p0.x - arm * sin(a), p0.y + arm * cos(a)),
                  control2: Point(p3.x + arm * sin(b), p3.y - arm * cos(b)))
        }
    }

    /// The point at `angle` (radians, clockwise from 3 o'clock) on a circle.
    public static func point(on center: Point, radius: Double, angle: Double) -> Point {
        Point(center.x + radius * cos(angle), center.y + radius * sin(angle))
    }
}
