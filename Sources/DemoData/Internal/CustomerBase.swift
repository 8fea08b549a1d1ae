import BICore

/// The shop's customers, numbered in signup order: customer `id` is at index `id - 1`.
///
/// About a third signed up before 2023; the rest spread over the sales years, later in the
/// faster-growing regions (``RegionSpec/signupSkew``).
struct CustomerBase {
    struct Customer {
        let name: String
        let segment: String
        let region: String
        let country: String
        let city: String
        let signup: Day
        var isCorporate: Bool { segment == CustomerBase.corporateSegment }
    }

    static let corporateSegment = "Corporate"
    static let segments = ["Consumer", corporateSegment, "Home Office"]
    static let segmentWeights = [0.52, 0.30, 0.18]
    static let firstSignup = Day(year: 2019, month: 1, day: 1)!

    let customers: [Customer]

    init(count: Int, using random: inout RandomSource) {
        let regionChoice = WeightedChoice(weights: RegionSpec.all.map(\.weight))
        let countryChoices = RegionSpec.all.map { WeightedChoice(weights: $0.countries.map(\.weight)) }
        let segmentChoice = WeightedChoice(weights: Self.segmentWeights)
        let signupSpan = Double(SalesCalendar.lastDay.dayNumber - Self.firstSignup.dayNumber)
        let drawn = (0..<count).map { _ in
            let regionIndex = regionChoice.pick(using: &random)
            let region = RegionSpec.all[regionIndex]
            let country = countryChoices[regionIndex].pick(from: region.countries, using: &random)
            let city = random.element(of: country.cities)
            let segment = segmentChoice.pick(from: Self.segments, using: &random)
            let name = CustomerNames.make(corporate: segment == Self.corporateSegment, using: &random)
            let uniform = random.unit()
            let skewed = uniform > 0 ? PortableMath.pow(uniform, region.signupSkew) : 0
            let signup = Self.firstSignup.adding(days: Int(skewed * signupSpan))
            return Customer(name: name, segment: segment, region: region.name, country: country.name,
                            city: city, signup: signup)
        }
        // Stable by construction: ties keep the order they were drawn in.
        customers = drawn.indices
            .sorted { (drawn[$0].signup.dayNumber, $0) < (drawn[$1].signup.dayNumber, $1) }
            .map { drawn[$0] }
    }
}
