/// One product category of the demo shop: how popular it is, its margins, its season and its
/// subcategories. ``catalog`` is the whole assortment: 8 categories, 34 subcategories, 650 products.
struct CategorySpec {
    struct Subcategory {
        let name: String
        let medianPrice: Double
        let productCount: Int
        let weight: Double
        /// Product nouns: "Laptop", "Ultrabook"…
        let nouns: [String]

        init(_ name: String, _ medianPrice: Double, _ productCount: Int, _ weight: Double, _ nouns: [String]) {
            self.name = name
            self.medianPrice = medianPrice
            self.productCount = productCount
            self.weight = weight
            self.nouns = nouns
        }
    }

    let name: String
    let weight: Double
    /// Unit cost as a share of the unit price.
    let costRatio: ClosedRange<Double>
    /// Demand multiplier per month, January first.
    let season: [Double]
    let subcategories: [Subcategory]

    static let brands = [
        "Nova", "Orbit", "Lumen", "Kestrel", "Aurora", "Vela", "Terra", "Zenith", "Pulse", "Cobalt", "Ember",
        "Fjord", "Halcyon", "Ivory", "Juniper", "Koa", "Lyra", "Mesa", "Nimbus", "Onyx", "Prism", "Quill",
        "Ridge", "Sable", "Tundra", "Umbra", "Vireo", "Willow", "Xeno", "Yarrow",
    ]
    static let modelSuffixes = ["X", "S", "Pro", "Max", "Air", "Plus", "Mini", "Classic"]
    static let modelNumberEndings = ["00", "10", "50"]

    static let catalog = [
        CategorySpec(name: "Electronics", weight: 0.47, costRatio: 0.72...0.86,
                     season: [0.9, 0.8, 0.9, 0.9, 0.9, 0.9, 0.95, 1.0, 1.0, 1.05, 1.5, 1.8], subcategories: [
            Subcategory("Phones", 650, 18, 0.8, ["Smartphone", "Phone", "Phone Pro", "Phone Lite"]),
            Subcategory("Laptops", 1100, 16, 0.5, ["Laptop", "Ultrabook", "Notebook", "Chromebook"]),
            Subcategory("Tablets", 450, 10, 0.4, ["Tablet", "Tablet Mini", "E-Reader"]),
            Subcategory("Audio", 120, 24, 1.2, ["Headphones", "Earbuds", "Speaker", "Soundbar"]),
            Subcategory("Accessories", 25, 40, 2.2,
                        ["Charger", "USB-C Cable", "Phone Case", "Power Bank", "Mouse", "Keyboard"]),
            Subcategory("TV & Video", 700, 12, 0.35, ["4K TV", "OLED TV", "Projector", "Streaming Stick"]),
            Subcategory("Cameras", 500, 10, 0.25, ["Mirrorless Camera", "Action Camera", "Lens", "Tripod"]),
        ]),
        CategorySpec(name: "Home & Kitchen", weight: 1.45, costRatio: 0.5...0.68,
                     season: [0.9, 0.85, 0.95, 1.0, 1.0, 0.95, 0.95, 1.0, 1.0, 1.05, 1.3, 1.4], subcategories: [
            Subcategory("Cookware", 60, 24, 1.0, ["Frying Pan", "Dutch Oven", "Knife Set", "Saucepan", "Baking Sheet"]),
            Subcategory("Small Appliances", 90, 20, 0.9, ["Blender", "Coffee Maker", "Air Fryer", "Toaster", "Kettle"]),
            Subcategory("Furniture", 300, 16, 0.35, ["Desk", "Office Chair", "Bookshelf", "Sofa", "Side Table"]),
            Subcategory("Bedding", 70, 16, 0.8, ["Duvet", "Pillow", "Sheet Set", "Blanket"]),
            Subcategory("Decor", 35, 24, 1.0, ["Lamp", "Vase", "Wall Art", "Candle", "Mirror"]),
        ]),
        CategorySpec(name: "Clothing", weight: 1.75, costRatio: 0.38...0.55,
                     season: [0.8, 0.8, 1.0, 1.1, 1.1, 1.0, 0.9, 1.0, 1.15, 1.1, 1.2, 1.4], subcategories: [
            Subcategory("Men", 40, 28, 1.0, ["T-Shirt", "Chinos", "Shirt", "Sweater", "Jeans"]),
            Subcategory("Women", 45, 32, 1.3, ["Dress", "Blouse", "Skirt", "Cardigan", "Jeans"]),
            Subcategory("Kids", 25, 20, 0.8, ["Hoodie", "T-Shirt", "Pajamas", "Leggings"]),
            Subcategory("Shoes", 80, 20, 0.9, ["Sneakers", "Boots", "Sandals", "Running Shoes"]),
            Subcategory("Outerwear", 120, 14, 0.5, ["Rain Jacket", "Parka", "Fleece", "Down Vest"]),
        ]),
        CategorySpec(name: "Sports & Outdoors", weight: 0.85, costRatio: 0.5...0.65,
                     season: [1.1, 0.9, 1.0, 1.1, 1.25, 1.35, 1.35, 1.2, 0.95, 0.85, 0.8, 0.9], subcategories: [
            Subcategory("Fitness", 50, 18, 1.0, ["Yoga Mat", "Dumbbells", "Resistance Bands", "Kettlebell"]),
            Subcategory("Camping", 90, 16, 0.7, ["Tent", "Sleeping Bag", "Camp Stove", "Backpack"]),
            Subcategory("Cycling", 300, 10, 0.3, ["Road Bike", "Bike Helmet", "Bike Light", "Bike Lock"]),
            Subcategory("Team Sports", 30, 14, 0.8, ["Football", "Basketball", "Shin Guards", "Jersey"]),
        ]),
        CategorySpec(name: "Beauty & Health", weight: 1.45, costRatio: 0.3...0.48,
                     season: [0.95, 1.0, 1.0, 1.0, 1.15, 0.95, 0.95, 0.95, 0.95, 1.0, 1.2, 1.4], subcategories: [
            Subcategory("Skincare", 22, 24, 1.1, ["Moisturizer", "Serum", "Cleanser", "Sunscreen"]),
            Subcategory("Makeup", 18, 20, 0.9, ["Lipstick", "Mascara", "Foundation", "Eyeliner"]),
            Subcategory("Personal Care", 15, 20, 1.0, ["Shampoo", "Toothbrush", "Razor", "Body Wash"]),
            Subcategory("Supplements", 28, 14, 0.7, ["Vitamin D", "Protein Powder", "Omega-3", "Multivitamin"]),
        ]),
        CategorySpec(name: "Books & Media", weight: 1.2, costRatio: 0.55...0.72,
                     season: [1.0, 0.9, 0.9, 0.9, 0.9, 1.0, 1.1, 1.1, 1.0, 1.0, 1.2, 1.5], subcategories: [
            Subcategory("Books", 16, 30, 1.5, ["Novel", "Cookbook", "Biography", "Travel Guide", "Thriller"]),
            Subcategory("Video Games", 55, 14, 0.7, ["Adventure Game", "Racing Game", "Puzzle Game", "Sports Game"]),
            Subcategory("Music", 14, 10, 0.4, ["Vinyl Album", "CD Album", "Box Set"]),
        ]),
        CategorySpec(name: "Toys & Games", weight: 1.0, costRatio: 0.45...0.6,
                     season: [0.6, 0.6, 0.7, 0.7, 0.8, 0.8, 0.8, 0.9, 0.9, 1.1, 1.8, 2.8], subcategories: [
            Subcategory("Toys", 25, 22, 1.2, ["Building Set", "Doll", "RC Car", "Plush Bear", "Action Figure"]),
            Subcategory("Board Games", 35, 12, 0.6, ["Strategy Game", "Party Game", "Chess Set", "Card Game"]),
            Subcategory("Puzzles", 18, 10, 0.4, ["1000pc Puzzle", "3D Puzzle", "Kids Puzzle"]),
        ]),
        CategorySpec(name: "Grocery", weight: 1.7, costRatio: 0.65...0.8,
                     season: [1.0, 0.95, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.15], subcategories: [
            Subcategory("Snacks", 5, 20, 1.2, ["Granola Bars", "Chips", "Trail Mix", "Dark Chocolate"]),
            Subcategory("Beverages", 6, 18, 1.1, ["Sparkling Water", "Cold Brew", "Juice", "Kombucha"]),
            Subcategory("Pantry", 8, 20, 1.0, ["Olive Oil", "Pasta", "Rice", "Honey", "Peanut Butter"]),
            Subcategory("Coffee & Tea", 12, 14, 0.9, ["Coffee Beans", "Ground Coffee", "Green Tea", "Espresso Pods"]),
        ]),
    ]
}
