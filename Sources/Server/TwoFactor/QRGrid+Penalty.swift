extension QRGrid {
    /// The standard's penalty score (runs, 2×2 blocks, finder-like patterns, dark balance):
    /// the mask with the lowest score is used.
    func penalty() -> Int {
        var score = 0
        for line in dark { score += QRGrid.linePenalty(line) }
        for column in 0..<size { score += QRGrid.linePenalty(dark.map { $0[column] }) }
        for row in 0..<(size - 1) {
            for column in 0..<(size - 1) {
                let colour = dark[row][column]
                if colour == dark[row][column + 1], colour == dark[row + 1][column], colour == dark[row + 1][column + 1] { score += 3 }
            }
        }
        let darkCount = dark.reduce(0) { $0 + $1.filter { $0 }.count }
        let total = size * size
        let k = (abs(darkCount * 20 - total * 10) + total - 1) / total - 1
        return score + max(0, k) * 10
    }

    /// Rule 1 (runs of five or more) and rule 3 (1:1:3:1:1 patterns beside four light modules) on one line.
    static func linePenalty(_ line: [Bool]) -> Int {
        var score = 0
        var runLength = 1
        for index in 1...line.count {
            if index < line.count, line[index] == line[index - 1] {
                runLength += 1
                continue
            }
            if runLength >= 5 { score += runLength - 2 }
            runLength = 1
        }
        let pattern: [Bool] = [true, false, true, true, true, false, true]
        let light = [Bool](repeating: false, count: 4)
        let padded = light + line + light
        for start in 0...(padded.count - 7) where Array(padded[start..<(start + 7)]) == pattern {
            let before = Array(padded[max(0, start - 4)..<start]), after = Array(padded[(start + 7)..<min(padded.count, start + 11)])
            if before == light || after == light { score += 40 }
        }
        return score
    }
}
