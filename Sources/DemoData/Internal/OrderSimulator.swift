import BICore

/// Simulates the shop's orders day by day: how many items each order has, which day it falls on,
/// who places it, through which channel, its status and shipping, and its lines.
struct OrderSimulator {
    private var random: RandomSource
    private let calendar: SalesCalendar
    private let linePicker: OrderLinePicker
    /// Signup day numbers, ascending (customers are numbered in signup order).
    private let signupDays: [Int]
    private let isCorporate: [Bool]

    /// Items per order: 1 to 7, 2.38 on average.
    private let basketSizeChoice = WeightedChoice(weights: [0.38, 0.25, 0.16, 0.10, 0.06, 0.03, 0.02])
    /// Days from ordering to shipping for online and app orders: 1 to 6.
    private let shippingDaysChoice = WeightedChoice(weights: [0.15, 0.35, 0.25, 0.12, 0.08, 0.05])
    private let settledStatuses: [PlacedOrder.Status] = [.completed, .returned, .cancelled]
    private let settledStatusChoice = WeightedChoice(weights: [0.92, 0.045, 0.035])

    init(seed: UInt64, calendar: SalesCalendar, customers: CustomerBase, catalog: ProductCatalog) {
        random = RandomSource(seed: seed, stream: .orders)
        self.calendar = calendar
        linePicker = OrderLinePicker(catalog: catalog)
        signupDays = customers.customers.map(\.signup.dayNumber)
        isCorporate = customers.customers.map(\.isCorporate)
    }

    /// Makes orders holding `itemCount` lines in all, handing each line to `emit` with its order
    /// id as it is made. Returns the orders in id order (order `id` is at index `id - 1`).
    mutating func run(itemCount: Int, emit: (_ orderID: Int, _ line: OrderLine) throws -> Void) rethrows
        -> [PlacedOrder] {
        let basketSizes = drawBasketSizes(itemCount: itemCount)
        let ordersPerDay = drawOrdersPerDay(orderCount: basketSizes.count)
        var orders: [PlacedOrder] = []
        orders.reserveCapacity(basketSizes.count)
        var signedUp = 0
        for (dayIndex, day) in calendar.days.enumerated() where ordersPerDay[dayIndex] > 0 {
            let salesDay = SalesDay(index: dayIndex, day: day)
            while signedUp < signupDays.count, signupDays[signedUp] <= day.dayNumber { signedUp += 1 }
            for _ in 0..<ordersPerDay[dayIndex] {
                let size = Int(basketSizes[orders.count])
                let customer = random.index(below: max(signedUp, 1))
                let order = placeOrder(on: salesDay, customer: customer, size: size)
                orders.append(order)
                for position in 0..<size {
                    try emit(orders.count, linePicker.line(at: position, on: salesDay,
                                                           corporate: isCorporate[customer], using: &random))
                }
            }
        }
        return orders
    }

    /// Basket sizes until they add up to `itemCount` exactly (the last one may be cut short).
    private mutating func drawBasketSizes(itemCount: Int) -> [Int8] {
        var sizes: [Int8] = []
        sizes.reserveCapacity(itemCount / 2 + 1)
        var total = 0
        while total < itemCount {
            let size = min(basketSizeChoice.pick(using: &random) + 1, itemCount - total)
            sizes.append(Int8(size))
            total += size
        }
        return sizes
    }

    /// How many of `orderCount` orders fall on each day, drawn by the calendar's day weights.
    private mutating func drawOrdersPerDay(orderCount: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: calendar.days.count)
        for _ in 0..<orderCount { counts[calendar.dayChoice.pick(using: &random)] += 1 }
        return counts
    }

    private mutating func placeOrder(on day: SalesDay, customer: Int, size: Int) -> PlacedOrder {
        let channel = chooseChannel(on: day, corporate: isCorporate[customer], size: size)
        let status = chooseStatus(on: day)
        let shippingDays: Int?
        switch (status, channel) {
        case (.cancelled, _), (.pending, _): shippingDays = nil
        case (_, .store): shippingDays = 0
        default: shippingDays = shippingDaysChoice.pick(using: &random) + 1
        }
        return PlacedOrder(customerID: Int32(customer + 1), dayIndex: Int16(day.index),
                           shippingDays: shippingDays.map(Int8.init), channel: channel, status: status)
    }

    /// Stores lose share to the mobile app over the years; corporate buyers and big baskets
    /// rarely buy in store; on Christmas Day the stores are closed.
    private mutating func chooseChannel(on day: SalesDay, corporate: Bool, size: Int) -> PlacedOrder.Channel {
        var draw = random.unit()
        if corporate { draw = min(0.999, draw + 0.15) }
        draw = min(0.999, draw + 0.04 * Double(size - 1))
        if day.isChristmas { return draw < 0.7 ? .online : .mobileApp }
        let storeShare = 0.35 - 0.10 * day.progress
        let mobileShare = 0.10 + 0.15 * day.progress
        if draw < storeShare { return .store }
        return draw < storeShare + mobileShare ? .mobileApp : .online
    }

    /// Orders of the last days are still pending or shipped; the outage cancelled many.
    private mutating func chooseStatus(on day: SalesDay) -> PlacedOrder.Status {
        if day.daysBeforeEnd <= 2 { return random.chance(0.6) ? .pending : .shipped }
        if day.daysBeforeEnd <= 9 { return random.chance(0.75) ? .shipped : .completed }
        if day.isOutage, random.chance(0.3) { return .cancelled }
        return settledStatusChoice.pick(from: settledStatuses, using: &random)
    }
}
