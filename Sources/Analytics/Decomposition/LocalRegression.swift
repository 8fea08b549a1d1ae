/// Weighted local smoothing (LOESS with a tricube kernel, of degree 0 or 1), the refinement step
/// of the decomposition.
enum LocalRegression {
    /// Each value's local fit, a straight line (`linear`) or a weighted mean, over the `window`
    /// nearest points (the window slides inward at the ends, as in LOESS), with `weights`
    /// multiplying the kernel. The point itself is left out, so what is expected of a point
    /// comes from its neighbours alone and its remainder is an honest prediction error, whether
    /// or not it is wild. Where the weights leave too little to fit, `fallback` is kept.
    /// O(n · window).
    static func smooth(_ values: [Double], weights: [Double], window: Int, linear: Bool, fallback: [Double]) -> [Double] {
        let n = values.count
        let size = min(window, n)
        guard size >= 2 else { return fallback }
        var result = fallback
        let interior = tricube(reach: size / 2 + 1, size: size / 2 + 1)
        values.withUnsafeBufferPointer { values in
            weights.withUnsafeBufferPointer { weights in
                for center in 0..<n {
                    let start = min(max(0, center - size / 2), n - size)
                    let reach = max(center - start, start + size - 1 - center) + 1
                    let kernel = reach == size / 2 + 1 ? interior : tricube(reach: reach, size: reach)
                    var sw = 0.0, st = 0.0, stt = 0.0, sx = 0.0, stx = 0.0
                    for index in start..<(start + size) where index != center {
                        let offset = index - center
                        let t = Double(offset)
                        let w = kernel[offset < 0 ? -offset : offset] * weights[index]
                        let x = values[index]
                        sw += w
                        st += w * t
                        stt += w * t * t
                        sx += w * x
                        stx += w * t * x
                    }
                    guard sw > 1e-9 else { continue }
                    let spread = stt - st * st / sw
                    // The fit at t = 0: the weighted mean, corrected along the local slope when defined.
                    let mean = sx / sw
                    result[center] = linear && spread > 1e-9 * stt ? mean - (st / sw) * (stx - st * sx / sw) / spread : mean
                }
            }
        }
        return result
    }

    /// Tricube kernel values (1 − (d/reach)³)³ for distances 0..<size.
    private static func tricube(reach: Int, size: Int) -> [Double] {
        (0..<size).map { distance in
            let u = Double(distance) / Double(reach)
            let v = 1 - u * u * u
            return v * v * v
        }
    }
}
