import BICore

/// One row of `order_items`, before it gets its ids.
struct OrderLine {
    /// Product id (index + 1).
    let productID: Int
    let quantity: Int
    let unitPrice: Double
    let discount: Double
}

/// Chooses what goes into an order: which product (by popularity and the month's season),
/// how many, at what price and discount, with the flash-sale and pricing-error anomalies.
struct OrderLinePicker {
    private let productChoiceByMonth: [WeightedChoice]
    private let shelfPrices: [Double]
    private let isGrocery: [Bool]
    private let audioProducts: [Int]
    private let laptopProducts: [Int]
    private let isAudio: [Bool]
    private let isLaptop: [Bool]

    private let quantityChoice = WeightedChoice(weights: [0.80, 0.14, 0.04, 0.015, 0.005])
    private let groceryQuantityChoice = WeightedChoice(weights: [0.35, 0.25, 0.15, 0.1, 0.08, 0.07])
    /// Corporate bulk purchases multiply the quantity by one of these.
    private let bulkMultipliers = [2, 2, 3, 5]
    private let discounts = [0.0, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30]
    private let discountChoice = WeightedChoice(weights: [0.72, 0.10, 0.09, 0.04, 0.03, 0.015, 0.005])
    private let blackFridayDiscountChoice = WeightedChoice(weights: [0.25, 0.10, 0.15, 0.15, 0.20, 0.10, 0.05])

    static let flashSaleDiscount = 0.30
    static let pricingErrorDiscount = 0.90

    init(catalog: ProductCatalog) {
        productChoiceByMonth = catalog.monthlyChoices()
        shelfPrices = catalog.products.map(\.unitPrice)
        isGrocery = catalog.products.map { $0.category == "Grocery" }
        audioProducts = catalog.indices(inSubcategory: "Audio")
        laptopProducts = catalog.indices(inSubcategory: "Laptops")
        isAudio = catalog.products.map { $0.subcategory == "Audio" }
        isLaptop = catalog.products.map { $0.subcategory == "Laptops" }
    }

    /// The line at `position` (0 is the first) of an order placed on `day`.
    func line(at position: Int, on day: SalesDay, corporate: Bool, using random: inout RandomSource) -> OrderLine {
        let product = self.product(at: position, on: day, using: &random)
        var quantity = isGrocery[product]
            ? groceryQuantityChoice.pick(using: &random) + 1
            : quantityChoice.pick(using: &random) + 1
        if corporate, random.chance(0.15) {
            quantity *= random.element(of: bulkMultipliers)
        }
        let discount: Double
        if day.isFlashSale, isAudio[product] {
            discount = Self.flashSaleDiscount
        } else if day.isPricingError, isLaptop[product] {
            discount = Self.pricingErrorDiscount
        } else {
            let choice = day.isBlackFridayWeekend ? blackFridayDiscountChoice : discountChoice
            discount = choice.pick(from: discounts, using: &random)
        }
        return OrderLine(productID: product + 1, quantity: quantity,
                         unitPrice: (shelfPrices[product] * day.priceLevel).roundedToCents, discount: discount)
    }

    /// A product index. On the flash-sale day most orders start with a (popular) Audio product;
    /// on the pricing-error day a quarter start with a Laptop.
    private func product(at position: Int, on day: SalesDay, using random: inout RandomSource) -> Int {
        if position == 0, day.isFlashSale, random.chance(0.7) {
            let uniform = random.unit()
            return audioProducts[Int(uniform * uniform * Double(audioProducts.count))]
        }
        if position == 0, day.isPricingError, random.chance(0.25) {
            return random.element(of: laptopProducts)
        }
        return productChoiceByMonth[day.day.month - 1].pick(using: &random)
    }
}
