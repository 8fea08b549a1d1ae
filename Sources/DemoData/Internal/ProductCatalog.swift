/// The products of the demo shop (``CategorySpec/catalog``), with prices, costs, unique names and
/// a base popularity: Zipf-like within a subcategory, and cheaper items sell more.
struct ProductCatalog {
    struct Product {
        let name: String
        let category: String
        let subcategory: String
        let unitPrice: Double
        let unitCost: Double
        /// Index into ``CategorySpec/catalog``.
        let categoryIndex: Int
    }

    /// Product `id` is at index `id - 1`.
    private(set) var products: [Product] = []
    /// Relative sales weight of each product before seasonality.
    private(set) var popularity: [Double] = []

    init(using random: inout RandomSource) {
        var usedNames = Set<String>()
        for (categoryIndex, category) in CategorySpec.catalog.enumerated() {
            for subcategory in category.subcategories {
                for rank in 0..<subcategory.productCount {
                    let price = Self.price(around: subcategory.medianPrice, using: &random)
                    let cost = (price * random.uniform(category.costRatio.lowerBound, category.costRatio.upperBound))
                        .roundedToCents
                    let name = Self.uniqueName(nouns: subcategory.nouns, avoiding: &usedNames, using: &random)
                    products.append(Product(name: name, category: category.name, subcategory: subcategory.name,
                                            unitPrice: price, unitCost: cost, categoryIndex: categoryIndex))
                    let rankFactor = 1 / PortableMath.pow(Double(rank + 1), 0.75)
                    let priceFactor = PortableMath.pow(subcategory.medianPrice / price, 0.6)
                    popularity.append(category.weight * subcategory.weight / Double(subcategory.productCount)
                                      * rankFactor * priceFactor * random.logNormal(sigma: 0.5))
                }
            }
        }
    }

    /// Product choice for each month (January first), weighted by popularity and category season.
    func monthlyChoices() -> [WeightedChoice] {
        (0..<12).map { month in
            WeightedChoice(weights: zip(products, popularity).map { product, weight in
                weight * CategorySpec.catalog[product.categoryIndex].season[month]
            })
        }
    }

    /// Indices (id − 1) of the products of one subcategory, in id order.
    func indices(inSubcategory name: String) -> [Int] {
        products.indices.filter { products[$0].subcategory == name }
    }

    /// A shelf price near `median`: whole prices end in .99; under 10 they end in 9 cents.
    private static func price(around median: Double, using random: inout RandomSource) -> Double {
        let raw = median * random.logNormal(sigma: 0.38)
        let price = raw >= 10 ? max(1.99, raw.rounded() - 0.01) : (raw * 10).rounded() / 10 + 0.09
        return price.roundedToCents
    }

    /// "Nova Laptop", "Orbit Earbuds Pro 350": brand and noun, sometimes a model suffix and number.
    private static func uniqueName(nouns: [String], avoiding used: inout Set<String>,
                                   using random: inout RandomSource) -> String {
        while true {
            var name = "\(random.element(of: CategorySpec.brands)) \(random.element(of: nouns))"
            if random.chance(0.5) { name += " " + random.element(of: CategorySpec.modelSuffixes) }
            if random.chance(0.4) {
                let number = random.integer(in: 2...9)
                name += " \(number)\(random.element(of: CategorySpec.modelNumberEndings))"
            }
            if used.insert(name).inserted { return name }
        }
    }
}
