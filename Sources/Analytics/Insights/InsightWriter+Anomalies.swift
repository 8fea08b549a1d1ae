extension InsightWriter {
    /// "2 anomalies: a drop in the week of 2024-08-12 (−96% vs expected) and a spike on
    /// 2025-06-10 (+480%)". Consecutive anomalies in one direction count as one, also across
    /// missing values between them; past three, the three largest are named and the rest counted.
    public func anomalies(_ anomalies: [Anomaly]) -> Insight {
        guard !anomalies.isEmpty else {
            let (from, to) = span(0..<series.count)
            return Insight(kind: .anomalies, text: "No anomalies: every point is within the expected range",
                           score: 0.05, from: from, to: to)
        }
        let episodes = episodes(anomalies)
        let named = episodes.count <= 3 ? episodes
            : episodes.sorted { $0.strength > $1.strength }.prefix(3).sorted { $0.points[0].index < $1.points[0].index }
        var phrases = named.enumerated().map { position, episode in
            let deviation = episode.deviation.map { " (\(Phrase.signedPercent($0))\(position == 0 ? " vs expected" : ""))" } ?? ""
            return "a \(episode.points[0].direction.rawValue) \(describe(episode))\(deviation)"
        }
        if episodes.count > named.count { phrases.append("\(episodes.count - named.count) more") }
        let list = phrases.count == 1 ? phrases[0]
            : phrases.dropLast().joined(separator: ", ") + " and " + phrases[phrases.count - 1]
        let strongest = episodes.map(\.strength).max()!
        let heading = episodes.count == 1 ? "1 anomaly" : "\(episodes.count) anomalies"
        return Insight(kind: .anomalies, text: "\(heading): \(list)",
                       score: 0.6 + 0.3 * InsightWriter.magnitude(strongest, saturation: 20),
                       from: anomalies.first?.x, to: anomalies.last?.x, points: anomalies.map(\.x))
    }

    /// A run of consecutive anomalies in one direction: one event (a dead week) told once.
    public struct Episode: Hashable, Sendable {
        /// The anomalies of the run, in x order; never empty.
        public var points: [Anomaly]
        /// The largest |z| in the run.
        public var strength: Double { points.map { abs($0.zScore) }.max()! }
        /// The point with the largest |z|.
        public var strongest: Anomaly { points.max { abs($0.zScore) < abs($1.zScore) }! }
        /// Σy / Σexpected − 1 over the run.
        public var deviation: Double? {
            let expected = points.reduce(0) { $0 + $1.expected }
            return expected != 0 && points.allSatisfy({ $0.deviation != nil }) ? points.reduce(0) { $0 + $1.y } / expected - 1 : nil
        }
    }

    /// Runs of anomalies in one direction with nothing but gaps (missing values) between them.
    public func episodes(_ anomalies: [Anomaly]) -> [Episode] {
        var episodes: [Episode] = []
        for anomaly in anomalies {
            if let last = episodes.last?.points.last, last.direction == anomaly.direction,
               series.values[(last.index + 1)..<anomaly.index].allSatisfy({ $0 == nil }) {
                episodes[episodes.count - 1].points.append(anomaly)
            } else {
                episodes.append(Episode(points: [anomaly]))
            }
        }
        return episodes
    }

    /// "on 2025-06-10", "in the week of 2024-08-12", "in June 2025", "from 2025-03-01 to 2025-03-03", "at 17".
    private func describe(_ episode: Episode) -> String {
        let first = episode.points[0], last = episode.points[episode.points.count - 1]
        guard let day = axis.day(at: first.index) else {
            return episode.points.count == 1 ? "at \(first.x)" : "from \(first.x) to \(last.x)"
        }
        if episode.points.count == 1 { return (frequency.isDaily ? "on " : "in ") + Phrase.period(day, frequency) }
        if frequency.isDaily, (5...7).contains(last.index - first.index + 1) { return "in the week of \(day)" }
        return "from \(first.x) to \(last.x)"
    }
}
