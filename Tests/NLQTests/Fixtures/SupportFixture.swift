import BICore
import Connectors

/// A support desk: teams, agents, customers, tickets and satisfaction (CSAT) responses, 2024-01 to
/// 2025-06. camelCase names and no declared foreign keys: joins come from `customerId`-style names
/// (and `assigneeId` → agents, by synonym).
enum SupportFixture {
    static let teams: [(String, String)] = [("Billing Support", "AMER"), ("Technical Support", "EMEA"), ("Onboarding", "APAC"), ("Enterprise Care", "AMER")]
    static let firstNames = ["Ava", "Ben", "Chloe", "Diego", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Keiko", "Liam",
                             "Maya", "Noor", "Oscar", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Victor", "Wen", "Yusuf"]
    static let lastNames = ["Novak", "Silva", "Okafor", "Berg", "Tanaka", "Rossi", "Kaur", "Moreau", "Schulz", "Lopez", "Kim", "Ahmed"]
    static let companies = ["Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware", "Proseware", "Adatum", "Woodgrove", "Lucerne", "Fourth Coffee",
                            "Wingtip", "Alpine Ski", "Blue Yonder", "Coho Winery", "Datum", "Graphic Design", "Humongous", "Margie Travel"]
    static let countries = ["United States", "Germany", "United Kingdom", "France", "Japan", "Brazil", "Canada", "Australia"]
    static let subjects = ["Cannot log in", "Invoice question", "Refund request", "Export fails", "Password reset", "API error", "Slow dashboard",
                           "Change plan", "Add user", "Data import", "Integration setup", "Billing address"]

    static func create(at path: String) throws {
        let database = try SQLiteDatabase(path: path, mode: .create)
        try database.execute("""
            CREATE TABLE teams(id INTEGER PRIMARY KEY, teamName TEXT NOT NULL, region TEXT NOT NULL);
            CREATE TABLE agents(id INTEGER PRIMARY KEY, fullName TEXT NOT NULL, teamId INTEGER NOT NULL, hireDate DATE NOT NULL, seniority TEXT NOT NULL);
            CREATE TABLE customers(id INTEGER PRIMARY KEY, companyName TEXT NOT NULL, tier TEXT NOT NULL, country TEXT NOT NULL);
            CREATE TABLE tickets(id INTEGER PRIMARY KEY, subject TEXT NOT NULL, customerId INTEGER NOT NULL, assigneeId INTEGER,
                                 priority TEXT NOT NULL, channel TEXT NOT NULL, category TEXT NOT NULL, status TEXT NOT NULL,
                                 createdAt TIMESTAMP NOT NULL, resolvedAt TIMESTAMP, firstResponseMins INTEGER, resolutionHours REAL);
            CREATE TABLE csatResponses(id INTEGER PRIMARY KEY, ticketId INTEGER NOT NULL, score INTEGER NOT NULL, submittedAt TIMESTAMP NOT NULL);
            """)
        var random = FixtureRandom(seed: 11)
        let start = Day(iso: "2024-01-01")!, end = Day(iso: "2025-06-30")!
        try database.transaction {
            let team = try database.compile("INSERT INTO teams VALUES (?, ?, ?)")
            for (index, (name, region)) in teams.enumerated() { try team.run([.integer(Int64(index + 1)), .text(name), .text(region)]) }
            let agent = try database.compile("INSERT INTO agents VALUES (?, ?, ?, ?, ?)")
            for id in 1...24 {
                try agent.run([.integer(Int64(id)), .text(firstNames[id - 1] + " " + random.pick(lastNames)), .integer(Int64(random.int(1...4))),
                               .text(Day(iso: "2021-01-01")!.adding(days: random.int(0...1200)).description),
                               .text(random.pick([("Junior", 0.4), ("Senior", 0.45), ("Lead", 0.15)]))])
            }
            let customer = try database.compile("INSERT INTO customers VALUES (?, ?, ?, ?)")
            for id in 1...250 {
                try customer.run([.integer(Int64(id)), .text(random.pick(companies) + " " + String(id)),
                                  .text(random.pick([("Free", 0.5), ("Standard", 0.35), ("Premium", 0.15)])), .text(random.pick(countries))])
            }
            let ticket = try database.compile("INSERT INTO tickets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            let survey = try database.compile("INSERT INTO csatResponses VALUES (?, ?, ?, ?)")
            var surveyID = 0
            for id in 1...3000 {
                let day = start.adding(days: random.int(0...(end.dayNumber - start.dayNumber)))
                let created = day.description + " " + time(&random)
                let status = day.adding(days: 10) > end
                    ? random.pick([("Open", 0.5), ("Pending", 0.3), ("Resolved", 0.2)])
                    : random.pick([("Resolved", 0.55), ("Closed", 0.35), ("Open", 0.05), ("Pending", 0.05)])
                let resolved = status == "Resolved" || status == "Closed"
                let hours = resolved ? (random.unit() * 120 + 0.5) * 10 / 10 : 0
                let resolvedDay = day.adding(days: Int(hours / 24))
                let assignee: Value = random.unit() < 0.04 ? .null : .integer(Int64(random.int(1...24)))
                try ticket.run([.integer(Int64(id)), .text(random.pick(subjects) + " #" + String(id)), .integer(Int64(random.int(1...250))), assignee,
                                .text(random.pick([("Low", 0.3), ("Medium", 0.4), ("High", 0.22), ("Urgent", 0.08)])),
                                .text(random.pick([("Email", 0.45), ("Chat", 0.3), ("Phone", 0.15), ("Web", 0.1)])),
                                .text(random.pick([("Billing", 0.25), ("Bug", 0.25), ("How-to", 0.3), ("Account", 0.12), ("Feature request", 0.08)])),
                                .text(status), .text(created),
                                resolved ? .text(resolvedDay.description + " " + time(&random)) : .null,
                                random.unit() < 0.03 ? .null : .integer(Int64(random.int(2...480))),
                                resolved ? .real((hours * 10).rounded() / 10) : .null])
                if resolved, random.unit() < 0.5 {
                    surveyID += 1
                    try survey.run([.integer(Int64(surveyID)), .integer(Int64(id)), .integer(Int64(random.pick([(1, 0.06), (2, 0.08), (3, 0.16), (4, 0.35), (5, 0.35)]))),
                                    .text(resolvedDay.adding(days: 1).description + " " + time(&random))])
                }
            }
        }
    }

    private static func time(_ random: inout FixtureRandom) -> String {
        let hour = random.int(7...19), minute = random.int(0...59)
        return (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute) + ":00"
    }
}
