import Foundation

/// The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): equal-area, with a pleasing
/// overall shape, so shaded countries compare fairly. Output in projection units, y up.
enum EqualEarth {
    private static let a1 = 1.340264, a2 = -0.081106, a3 = 0.000893, a4 = 0.003796
    private static let m = sqrt(3.0) / 2

    static func project(longitude: Double, latitude: Double) -> (x: Double, y: Double) {
        let lambda = longitude * .pi / 180, phi = latitude * .pi / 180
        let theta = asin(m * sin(phi))
        let t2 = theta * theta, t6 = t2 * t2 * t2
        let x = lambda * cos(theta) / (m * (a1 + 3 * a2 * t2 + t6 * (7 * a3 + 9 * a4 * t2)))
        let y = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2))
        return (x, y)
    }
}
