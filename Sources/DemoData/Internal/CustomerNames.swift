/// Names for demo customers: people for consumers and home offices, companies for corporate ones.
enum CustomerNames {
    static let firstNames = [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
        "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos", "Karen",
        "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Sofia", "Mark", "Emma", "Luca", "Olivia", "Hiroshi",
        "Yuki", "Priya", "Arjun", "Wei", "Mei", "Ahmed", "Fatima", "Lukas", "Anna", "Pierre", "Camille",
        "Mateo", "Valentina", "Oliver", "Amelia", "Noah", "Mia", "Kwame", "Amara", "Sven", "Ingrid", "Jan", "Zofia",
    ]
    static let lastNames = [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
        "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "King", "Wright", "Scott", "Muller",
        "Schmidt", "Schneider", "Dubois", "Laurent", "Rossi", "Russo", "Tanaka", "Suzuki", "Sato", "Kim", "Park",
        "Patel", "Sharma", "Singh", "Chen", "Wang", "Li", "Silva", "Santos", "Kowalski", "Nowak", "Andersson",
        "Johansson", "Okafor", "Mensah", "Haddad", "Nguyen",
    ]
    static let companyPrefixes = [
        "Acme", "Global", "Pioneer", "Summit", "Blue River", "Northwind", "Contoso", "Vertex", "Apex", "Silverline",
        "Redwood", "Harbor", "Atlas", "Evergreen", "Quantum", "Granite", "Horizon", "Lighthouse", "Maple", "Orion",
    ]
    static let companyTrades = [
        "Logistics", "Systems", "Consulting", "Foods", "Partners", "Labs", "Holdings", "Industries", "Media",
        "Health", "Retail", "Energy", "Design", "Analytics", "Builders", "Travel",
    ]
    static let companyForms = ["Inc", "Ltd", "LLC", "GmbH", "SA", "Group", "Co"]

    /// "Jennifer Tanaka", or for a company "Summit Analytics GmbH".
    static func make(corporate: Bool, using random: inout RandomSource) -> String {
        if corporate {
            let prefix = random.element(of: companyPrefixes)
            let trade = random.element(of: companyTrades)
            return "\(prefix) \(trade) \(random.element(of: companyForms))"
        }
        let first = random.element(of: firstNames)
        return "\(first) \(random.element(of: lastNames))"
    }
}
