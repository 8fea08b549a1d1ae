/// Length-limited Huffman codes for deflate blocks (RFC 1951 3.2.2), built from symbol counts.
enum HuffmanCode {
    /// Huffman code lengths for `counts`, none longer than `limit` (counts are flattened until they fit).
    static func codeLengths(_ counts: [Int], limit: Int) -> [Int] {
        var weights = counts
        while true {
            let lengths = huffmanLengths(weights)
            if (lengths.max() ?? 0) <= limit { return lengths }
            weights = weights.map { $0 == 0 ? 0 : ($0 + 1) / 2 }
        }
    }

    private static func huffmanLengths(_ counts: [Int]) -> [Int] {
        var lengths = [Int](repeating: 0, count: counts.count)
        let used = counts.indices.filter { counts[$0] > 0 }
        if used.count == 1 { lengths[used[0]] = 1; return lengths }
        guard !used.isEmpty else { return lengths }
        // Nodes: leaves first, then internal nodes; parent links give each leaf's depth.
        var weight = used.map { counts[$0] }
        var parent = [Int](repeating: -1, count: used.count)
        var leaves = used.indices.sorted { (weight[$0], $0) < (weight[$1], $1) }[...]
        var merged: [Int] = []
        var nextMerged = 0
        func takeLightest() -> Int {
            if let leaf = leaves.first, nextMerged >= merged.count || weight[leaf] <= weight[merged[nextMerged]] {
                leaves.removeFirst()
                return leaf
            }
            nextMerged += 1
            return merged[nextMerged - 1]
        }
        for _ in 0..<(used.count - 1) {
            let a = takeLightest(), b = takeLightest()
            let node = weight.count
            weight.append(weight[a] + weight[b])
            parent.append(-1)
            parent[a] = node
            parent[b] = node
            merged.append(node)
        }
        var depth = [Int](repeating: 0, count: weight.count)
        for node in stride(from: weight.count - 2, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }
        for (leaf, symbol) in used.enumerated() { lengths[symbol] = depth[leaf] }
        return lengths
    }

    /// Canonical codes (RFC 1951 3.2.2), bit-reversed for writing least significant bit first.
    static func canonicalCodes(_ lengths: [Int]) -> [UInt64] {
        let longest = lengths.max() ?? 0
        var perLength = [Int](repeating: 0, count: longest + 1)
        for length in lengths where length > 0 { perLength[length] += 1 }
        var next = [Int](repeating: 0, count: longest + 2)
        var code = 0
        for length in 1...Swift.max(1, longest) {
            code = (code + (length - 1 < perLength.count ? perLength[length - 1] : 0)) << 1
            next[length] = code
        }
        var codes = [UInt64](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            var value = next[length], reversed = 0
            next[length] += 1
            for _ in 0..<length { reversed = reversed << 1 | value & 1; value >>= 1 }
            codes[symbol] = UInt64(reversed)
        }
        return codes
    }
}
