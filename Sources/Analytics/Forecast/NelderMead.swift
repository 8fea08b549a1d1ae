/// Derivative-free minimization by the Nelder–Mead simplex method, with the dimension-adaptive
/// coefficients of Gao & Han (2012) and restarts from the best point until they stop helping.
struct NelderMead {
    var maxEvaluations = 4_000
    /// Stop when the simplex's values differ by less than this (relative to the best value).
    var tolerance = 1e-10
    var restarts = 3

    /// The point near `start` where `objective` is smallest; `steps` sets the first simplex's size.
    func minimize(_ objective: ([Double]) -> Double, start: [Double], steps: [Double]) -> (point: [Double], value: Double) {
        var best = (point: start, value: objective(start))
        for _ in 0...restarts {
            let next = run(objective, start: best.point, value: best.value, steps: steps)
            let improvement = best.value - next.value
            if next.value < best.value { best = next }
            guard improvement > tolerance * max(1, abs(best.value)) else { break }
        }
        return best
    }

    private func run(_ f: ([Double]) -> Double, start: [Double], value: Double, steps: [Double]) -> (point: [Double], value: Double) {
        let n = Double(start.count)
        let (reflection, expansion, contraction, shrink) = (1.0, 1 + 2 / n, 0.75 - 1 / (2 * n), 1 - 1 / n)
        var simplex = [(point: start, value: value)]
        for index in start.indices {
            var point = start
            point[index] += steps[index]
            simplex.append((point, f(point)))
        }
        var evaluations = simplex.count
        while evaluations < maxEvaluations {
            simplex.sort { $0.value < $1.value }
            let (best, worst) = (simplex[0], simplex[simplex.count - 1])
            if abs(worst.value - best.value) <= tolerance * max(1, abs(best.value)) { break }
            var centroid = [Double](repeating: 0, count: start.count)
            for vertex in simplex.dropLast() {
                for index in centroid.indices { centroid[index] += vertex.point[index] / n }
            }
            func toward(_ t: Double) -> [Double] { zip(centroid, worst.point).map { $0 + t * ($0 - $1) } }
            let reflected = toward(reflection)
            let reflectedValue = f(reflected)
            evaluations += 1
            if reflectedValue < best.value {
                let expanded = toward(reflection * expansion)
                let expandedValue = f(expanded)
                evaluations += 1
                simplex[simplex.count - 1] = expandedValue < reflectedValue ? (expanded, expandedValue) : (reflected, reflectedValue)
            } else if reflectedValue < simplex[simplex.count - 2].value {
                simplex[simplex.count - 1] = (reflected, reflectedValue)
            } else {
                let outside = reflectedValue < worst.value
                let contracted = toward(outside ? contraction : -contraction)
                let contractedValue = f(contracted)
                evaluations += 1
                if contractedValue < min(reflectedValue, worst.value) {
                    simplex[simplex.count - 1] = (contracted, contractedValue)
                } else {
                    for index in 1..<simplex.count {
                        let point = zip(best.point, simplex[index].point).map { $0 + shrink * ($1 - $0) }
                        simplex[index] = (point, f(point))
                    }
                    evaluations += simplex.count - 1
                }
            }
        }
        return simplex.min { $0.value < $1.value }!
    }
}
