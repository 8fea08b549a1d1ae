/// A sales region of the demo shop, with its share of customers and its countries and cities.
/// ``all`` is the whole map: 5 regions, 25 countries.
struct RegionSpec {
    struct Country {
        let name: String
        let weight: Double
        let cities: [String]

        init(_ name: String, _ weight: Double, _ cities: [String]) {
            self.name = name
            self.weight = weight
            self.cities = cities
        }
    }

    let name: String
    let weight: Double
    /// Exponent on the uniform signup time: below 1, customers sign up later (faster-growing markets).
    let signupSkew: Double
    let countries: [Country]

    static let all = [
        RegionSpec(name: "North America", weight: 0.38, signupSkew: 1.0, countries: [
            Country("United States", 0.80, ["New York", "Los Angeles", "Chicago", "Houston", "Seattle", "Atlanta",
                                            "Boston", "Denver", "Miami", "Phoenix"]),
            Country("Canada", 0.13, ["Toronto", "Vancouver", "Montreal", "Calgary"]),
            Country("Mexico", 0.07, ["Mexico City", "Guadalajara", "Monterrey"]),
        ]),
        RegionSpec(name: "Europe", weight: 0.30, signupSkew: 1.0, countries: [
            Country("United Kingdom", 0.22, ["London", "Manchester", "Edinburgh", "Bristol"]),
            Country("Germany", 0.22, ["Berlin", "Munich", "Hamburg", "Cologne"]),
            Country("France", 0.17, ["Paris", "Lyon", "Marseille", "Toulouse"]),
            Country("Spain", 0.10, ["Madrid", "Barcelona", "Valencia"]),
            Country("Italy", 0.10, ["Rome", "Milan", "Turin"]),
            Country("Netherlands", 0.08, ["Amsterdam", "Rotterdam", "Utrecht"]),
            Country("Sweden", 0.05, ["Stockholm", "Gothenburg"]),
            Country("Poland", 0.06, ["Warsaw", "Krakow", "Gdansk"]),
        ]),
        RegionSpec(name: "Asia Pacific", weight: 0.18, signupSkew: 0.55, countries: [
            Country("Japan", 0.28, ["Tokyo", "Osaka", "Nagoya"]),
            Country("Australia", 0.22, ["Sydney", "Melbourne", "Brisbane", "Perth"]),
            Country("India", 0.25, ["Mumbai", "Bengaluru", "Delhi", "Chennai"]),
            Country("Singapore", 0.10, ["Singapore"]),
            Country("South Korea", 0.15, ["Seoul", "Busan"]),
        ]),
        RegionSpec(name: "Latin America", weight: 0.08, signupSkew: 0.75, countries: [
            Country("Brazil", 0.50, ["Sao Paulo", "Rio de Janeiro", "Belo Horizonte"]),
            Country("Argentina", 0.20, ["Buenos Aires", "Cordoba"]),
            Country("Chile", 0.15, ["Santiago", "Valparaiso"]),
            Country("Colombia", 0.15, ["Bogota", "Medellin"]),
        ]),
        RegionSpec(name: "Middle East & Africa", weight: 0.06, signupSkew: 0.7, countries: [
            Country("United Arab Emirates", 0.30, ["Dubai", "Abu Dhabi"]),
            Country("South Africa", 0.30, ["Johannesburg", "Cape Town", "Durban"]),
            Country("Saudi Arabia", 0.20, ["Riyadh", "Jeddah"]),
            Country("Kenya", 0.10, ["Nairobi", "Mombasa"]),
            Country("Nigeria", 0.10, ["Lagos", "Abuja"]),
        ]),
    ]
}
