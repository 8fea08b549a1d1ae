import BICore
import Connectors

/// A SaaS business: plans, accounts, subscriptions, monthly invoices (in cents) and MRR events,
/// 2023-01 to 2025-12. snake_case names with declared foreign keys.
enum SubscriptionFixture {
    static let plans: [(String, Double)] = [("Starter", 29), ("Growth", 99), ("Pro", 249), ("Enterprise", 799)]
    static let industries = ["Software", "Retail", "Healthcare", "Finance", "Education", "Manufacturing", "Media"]
    static let countries = ["United States", "Canada", "United Kingdom", "Germany", "France", "Australia", "Japan", "Brazil", "India", "Netherlands"]
    static let firstWords = ["Acme", "Blue", "Bright", "Cedar", "Delta", "Echo", "Granite", "Harbor", "Iron", "Juniper", "Kite", "Lumen", "Maple",
                             "Nimbus", "Orbit", "Pine", "Quartz", "River", "Summit", "Tidal", "Union", "Vertex", "Willow", "Zephyr"]
    static let secondWords = ["Labs", "Systems", "Health", "Foods", "Works", "Analytics", "Logistics", "Media", "Partners", "Studio", "Retail", "Bank"]

    static func create(at path: String) throws {
        let database = try SQLiteDatabase(path: path, mode: .create)
        try database.execute("""
            CREATE TABLE plans(id INTEGER PRIMARY KEY, name TEXT NOT NULL, monthly_price REAL NOT NULL, billing_interval TEXT NOT NULL);
            CREATE TABLE accounts(id INTEGER PRIMARY KEY, company_name TEXT NOT NULL, industry TEXT NOT NULL, country TEXT NOT NULL,
                                  employee_count INTEGER NOT NULL, signup_date DATE NOT NULL);
            CREATE TABLE subscriptions(id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id),
                                       plan_id INTEGER NOT NULL REFERENCES plans(id), status TEXT NOT NULL, started_on DATE NOT NULL,
                                       cancelled_on DATE, seats INTEGER NOT NULL, mrr REAL NOT NULL);
            CREATE TABLE invoices(id INTEGER PRIMARY KEY, subscription_id INTEGER NOT NULL REFERENCES subscriptions(id),
                                  issued_on DATE NOT NULL, amount_cents INTEGER NOT NULL, status TEXT NOT NULL);
            CREATE TABLE mrr_events(id INTEGER PRIMARY KEY, subscription_id INTEGER NOT NULL REFERENCES subscriptions(id),
                                    event_date DATE NOT NULL, event_type TEXT NOT NULL, mrr_change REAL NOT NULL);
            """)
        var random = FixtureRandom(seed: 7)
        let start = Day(iso: "2023-01-01")!, end = Day(iso: "2025-12-31")!
        try database.transaction {
            let plan = try database.compile("INSERT INTO plans VALUES (?, ?, ?, ?)")
            for (index, (name, price)) in plans.enumerated() {
                try plan.run([.integer(Int64(index + 1)), .text(name), .real(price), .text(index == 3 ? "annual" : "monthly")])
            }
            let account = try database.compile("INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?)")
            let subscription = try database.compile("INSERT INTO subscriptions VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            let invoice = try database.compile("INSERT INTO invoices VALUES (?, ?, ?, ?, ?)")
            let event = try database.compile("INSERT INTO mrr_events VALUES (?, ?, ?, ?, ?)")
            var subscriptionID = 0, invoiceID = 0, eventID = 0
            var names: Set<String> = []
            for accountID in 1...300 {
                var name = random.pick(firstWords) + " " + random.pick(secondWords)
                while names.contains(name) { name += " " + random.pick(["Inc", "Ltd", "Co", "Group"]) }
                names.insert(name)
                let signup = start.adding(days: random.int(0...(end.dayNumber - start.dayNumber - 20)))
                try account.run([.integer(Int64(accountID)), .text(name), .text(random.pick(industries)), .text(random.pick(countries)),
                                 .integer(Int64(random.pick([5, 12, 25, 60, 150, 400, 1200, 5000]))), .text(signup.description)])
                for _ in 0..<random.pick([(1, 0.8), (2, 0.2)]) {
                    subscriptionID += 1
                    let planIndex = random.pick([(0, 0.35), (1, 0.35), (2, 0.2), (3, 0.1)])
                    let started = signup.adding(days: random.int(0...20))
                    let status = random.pick([("active", 0.62), ("cancelled", 0.28), ("trialing", 0.05), ("past_due", 0.05)])
                    let seats = random.int(1...40)
                    let mrr = (plans[planIndex].1 * Double(seats) * (planIndex == 3 ? 0.85 : 1) * 100).rounded() / 100
                    var cancelled: Day?
                    if status == "cancelled", started.adding(days: 40) < end {
                        cancelled = started.adding(days: random.int(40...max(41, end.dayNumber - started.dayNumber)))
                    }
                    try subscription.run([.integer(Int64(subscriptionID)), .integer(Int64(accountID)), .integer(Int64(planIndex + 1)),
                                          .text(cancelled == nil && status == "cancelled" ? "active" : status), .text(started.description),
                                          cancelled.map { .text($0.description) } ?? .null, .integer(Int64(seats)), .real(mrr)])
                    eventID += 1
                    try event.run([.integer(Int64(eventID)), .integer(Int64(subscriptionID)), .text(started.description), .text("new"), .real(mrr)])
                    var month = started
                    while month <= (cancelled ?? end), status != "trialing" {
                        invoiceID += 1
                        let invoiceStatus = random.pick([("paid", 0.9), ("open", 0.07), ("void", 0.03)])
                        try invoice.run([.integer(Int64(invoiceID)), .integer(Int64(subscriptionID)), .text(month.description),
                                         .integer(Int64((mrr * 100).rounded())), .text(invoiceStatus)])
                        if random.unit() < 0.06 {
                            eventID += 1
                            let change = ((random.unit() < 0.6 ? 1 : -1) * plans[planIndex].1 * Double(random.int(1...5)) * 100).rounded() / 100
                            try event.run([.integer(Int64(eventID)), .integer(Int64(subscriptionID)), .text(month.adding(days: 3).description),
                                           .text(change > 0 ? "expansion" : "contraction"), .real(change)])
                        }
                        month = month.adding(months: 1)
                    }
                    if let cancelled {
                        eventID += 1
                        try event.run([.integer(Int64(eventID)), .integer(Int64(subscriptionID)), .text(cancelled.description), .text("churn"), .real(-mrr)])
                    }
                }
            }
        }
    }
}
