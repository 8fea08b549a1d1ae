/// One row of `orders`, kept compact while its lines are written: the simulation buffers every
/// order and loads the table after `order_items`, so each table's pages stay together in the file.
struct PlacedOrder {
    enum Channel: String {
        case store = "Store"
        case mobileApp = "Mobile App"
        case online = "Online"
    }

    enum Status: String {
        case completed, returned, cancelled, shipped, pending
    }

    let customerID: Int32
    /// Index into ``SalesCalendar/days``.
    let dayIndex: Int16
    /// Days from ordering to shipping (0 for store sales); nil if not shipped.
    let shippingDays: Int8?
    let channel: Channel
    let status: Status
}
