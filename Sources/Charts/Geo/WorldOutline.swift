/// The world's countries at 1:110m (Natural Earth, public domain), decoded once from the compact
/// text in `WorldOutline+Data.swift`. Coordinates are degrees of longitude and latitude.
public struct WorldOutline: Sendable {
    public struct Country: Sendable {
        /// ISO 3166-1 alpha-3 code (`-99` where Natural Earth has none).
        public var code: String
        public var name: String
        /// Outer rings and holes, each a list of (longitude, latitude).
        public var rings: [[(Double, Double)]]
    }

    public let countries: [Country]

    /// Decoded on first use, shared afterwards.
    public static let shared = WorldOutline(encoded: WorldOutline.encoded)

    init(encoded: String) {
        var countries: [Country] = []
        for line in encoded.split(separator: "\n") {
            let fields = line.split(separator: "|", maxSplits: 2)
            guard fields.count == 3 else { continue }
            var rings: [[(Double, Double)]] = []
            for ring in fields[2].split(separator: ";") {
                var points: [(Double, Double)] = []
                var x = 0, y = 0
                for pair in ring.split(separator: " ") {
                    let parts = pair.split(separator: ",")
                    guard parts.count == 2, let dx = Int(parts[0]), let dy = Int(parts[1]) else { continue }
                    x += dx
                    y += dy
                    points.append((Double(x) / 10, Double(y) / 10))
                }
                rings.append(points)
            }
            countries.append(Country(code: String(fields[0]), name: String(fields[1]), rings: rings))
        }
        self.countries = countries
    }

    /// Other names people use for countries whose Natural Earth name differs.
    static let aliases: [String: String] = [
        "united states": "USA", "us": "USA", "u.s.": "USA", "america": "USA", "uk": "GBR", "great britain": "GBR",
        "england": "GBR", "czech republic": "CZE", "south korea": "KOR", "korea": "KOR", "north korea": "PRK",
        "russian federation": "RUS", "ivory coast": "CIV", "democratic republic of the congo": "COD", "dr congo": "COD",
        "republic of the congo": "COG", "bosnia and herzegovina": "BIH", "central african republic": "CAF",
        "dominican republic": "DOM", "equatorial guinea": "GNQ", "south sudan": "SSD", "solomon islands": "SLB",
        "eswatini": "SWZ", "swaziland": "SWZ", "holland": "NLD", "uae": "ARE", "viet nam": "VNM", "macedonia": "MKD",
    ]

    /// The index of the country a data value names: an ISO-3 code, a name, or a common alias.
    public func index(of value: String) -> Int? {
        let key = value.lowercased()
        if let code = WorldOutline.aliases[key], let found = countries.firstIndex(where: { $0.code == code }) { return found }
        return countries.firstIndex { $0.code.lowercased() == key || $0.name.lowercased() == key }
    }
}
