/// The built-in business vocabulary: words that mean the same in questions about data, and the
/// words a question may hold that carry no meaning for the query.
///
/// Entries are matching keys (``Words/key(_:)``), so one spelling covers plurals and verb forms.
enum Vocabulary {
    /// Groups of words that name the same thing. A word may sit in several groups.
    static let synonymGroups: [[String]] = [
        ["customer", "client", "buyer", "shopper", "purchaser", "consumer", "patron", "account", "user", "member", "subscriber"],
        ["product", "item", "sku", "article", "good", "merchandise", "offering"],
        ["order", "purchase", "transaction", "basket", "checkout"],
        ["agent", "rep", "representative", "staff", "operator", "assignee", "employee", "handler", "advisor"],
        ["employee", "staff", "worker", "personnel", "person", "people"],
        ["ticket", "issue", "case", "request", "incident", "complaint", "inquiry", "enquiry"],
        ["account", "company", "organization", "organisation", "org", "tenant", "workspace", "business"],
        ["invoice", "bill", "billing", "charge", "payment"],
        ["subscription", "sub", "contract", "membership"],
        ["plan", "tier", "package", "pricing"],
        ["team", "group", "squad", "department", "queue"],
        ["region", "area", "territory", "zone", "geography", "geo"],
        ["country", "nation", "market"],
        ["city", "town", "location"],
        ["category", "type", "kind", "class", "family", "line"],
        ["subcategory", "subtype"],
        ["segment", "tier", "group", "cohort"],
        ["channel", "source", "platform", "medium", "via"],
        ["price", "cost", "fee", "rate"],
        ["quantity", "qty", "unit", "volume", "count"],
        ["discount", "rebate", "markdown", "reduction", "promotion"],
        ["satisfaction", "csat", "rating", "score", "feedback", "happiness", "nps"],
        ["rating", "score", "star", "grade"],
        ["priority", "urgency", "severity", "importance"],
        ["status", "state", "stage", "outcome"],
        ["minute", "min", "mins", "duration", "time", "hour", "hr", "second", "sec", "day", "length"],
        ["name", "title", "label"],
        ["seat", "license", "licence", "user"],
        ["signup", "registration", "register", "join", "onboard", "enrol", "enroll", "created", "create", "start"],
        ["create", "open", "submit", "raise", "file", "log", "place", "start"],
        ["resolve", "close", "solve", "fix", "complete", "finish"],
        ["cancel", "churn", "terminate", "end", "stop"],
        ["ship", "deliver", "dispatch", "send", "fulfil", "fulfill"],
        ["respond", "response", "reply", "answer"],
        ["amount", "total", "value", "sum"],
        ["email", "mail", "e-mail"],
        ["industry", "sector", "vertical"],
        ["employee", "headcount", "size"],
    ]

    /// Each word's synonyms (by matching key), from ``synonymGroups``.
    static let synonyms: [String: Set<String>] = {
        var map: [String: Set<String>] = [:]
        for group in synonymGroups {
            let keys = Set(group.map(Words.key))
            for key in keys { map[key, default: []].formUnion(keys.subtracting([key])) }
        }
        return map
    }()

    /// Countries by the adjectives people use for them ("French customers").
    static let demonyms: [String: [String]] = [
        "united states": ["american", "us", "usa", "u.s."], "united kingdom": ["british", "uk", "english"], "germany": ["german"],
        "france": ["french"], "spain": ["spanish"], "italy": ["italian"], "netherlands": ["dutch"], "sweden": ["swedish"],
        "poland": ["polish"], "japan": ["japanese"], "china": ["chinese"], "india": ["indian"], "australia": ["australian"],
        "canada": ["canadian"], "mexico": ["mexican"], "brazil": ["brazilian"], "argentina": ["argentinian", "argentine"],
        "chile": ["chilean"], "colombia": ["colombian"], "south korea": ["korean"], "singapore": ["singaporean"],
        "south africa": ["south african"], "nigeria": ["nigerian"], "kenya": ["kenyan"], "saudi arabia": ["saudi"],
        "united arab emirates": ["emirati", "uae"], "ireland": ["irish"], "portugal": ["portuguese"], "switzerland": ["swiss"],
        "austria": ["austrian"], "belgium": ["belgian"], "denmark": ["danish"], "norway": ["norwegian"], "finland": ["finnish"],
    ]

    /// Abbreviations (as matching keys) and the phrases they stand for.
    static let phraseSynonyms: [String: [[String]]] = [
        "mrr": [["monthly", "recurring", "revenue"], ["recurring", "revenue"]],
        "arr": [["annual", "recurring", "revenue"], ["annual", "run", "rate"]],
        "csat": [["customer", "satisfaction"], ["satisfaction", "score"]],
        "nps": [["net", "promoter", "score"]],
        "sla": [["service", "level"]],
        "qty": [["quantity"]],
        "amt": [["amount"]],
        "dept": [["department"]],
    ].mapValues { $0.map { $0.map(Words.key) } }

    /// Phrases that name revenue, cost and profit in questions, and how surely.
    static let conceptPhrases: [(Concept, [(String, Int)])] = [
        (.revenue, revenueSpellings.map { ($0, 90) } + ["value", "spend", "spent", "spending", "earned"].map { ($0, 80) }),
        (.cost, ["cost", "costs", "cogs", "cost of goods sold", "cost of sales", "expenses", "expense"].map { ($0, 85) }),
        (.profit, ["profit", "profits", "gross profit", "profitability"].map { ($0, 90) }),
    ]

    /// Words that name money taken in; a question word among them asks for revenue.
    static let revenueWords = keys(revenueSpellings)
    static let revenueSpellings = ["revenue", "sales", "turnover", "income", "gmv", "earnings", "takings", "proceeds", "money", "billings"]

    /// Words in column names that make a numeric column an amount of money.
    static let amountWords = keys(["revenue", "sales", "amount", "total", "subtotal", "gross", "net", "gmv", "turnover", "income", "paid",
                                   "charged", "billed", "value", "spend", "payment"])

    /// Words in column names that make a numeric column a price per unit.
    static let priceWords = keys(["price", "unitprice", "rate", "fee"])

    /// Words in column names that make a numeric column a count of units.
    static let quantityWords = keys(["quantity", "qty", "units", "seats", "volume", "licenses"])

    /// Words in column names of levels, ratios and durations, which are averaged rather than summed.
    static let nonAdditiveWords = keys([
        "price", "rate", "ratio", "percent", "pct", "discount", "score", "rating", "satisfaction", "csat", "nps", "age", "level",
        "priority", "margin", "probability", "weight", "stars", "grade", "tax", "fee", "minutes", "hours", "seconds", "days",
        "duration", "time", "latency", "mins", "hrs", "secs", "cost", "temperature", "balance", "percentage",
    ])

    /// Words of questions that carry nothing the query needs ("show me the", "please", "do we have"), lowercased.
    static let fillers = Set([
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "within", "during", "into", "as", "about", "that",
        "what", "whats", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "done", "have", "has", "had",
        "show", "me", "us", "give", "list", "tell", "display", "find", "get", "see", "fetch", "return", "report", "provide", "pull",
        "compute", "calculate", "i", "we", "our", "my", "your", "their", "its", "it", "there", "they", "them", "this", "these", "those",
        "please", "can", "could", "would", "will", "should", "you", "want", "need", "like", "know", "look", "up", "so", "far", "just",
        "all", "any", "overall", "altogether", "whole", "entire", "full", "data", "figure", "figures", "number", "numbers", "stat",
        "stats", "statistics", "info", "information", "detail", "details", "breakdown", "summary", "value", "values", "amount",
        "level", "levels", "metric", "metrics", "kpi", "kpis", "currently", "right", "ever", "actually", "exactly", "roughly",
        "approximately", "around", "some", "one", "ones", "generate", "generated", "made", "make", "bring", "brought", "come", "came",
        "place", "placed", "record", "recorded", "receive", "received", "got", "gotten", "happen", "happened", "take", "took", "taken",
        "here", "then", "also", "respectively", "business", "company", "database", "table", "tables", "row", "rows", "records",
        "entry", "entries", "result", "results", "performance", "perform", "performed", "according", "along", "among", "including",
        "include", "includes", "yet", "still", "already", "had", "going", "gone", "went", "last", "recent", "so", "far", "bring",
        "brings", "total", "totals", "grand", "sum", "count", "counts", "rank", "ranked", "ranking", "listed", "shown", "given",
        "kind", "way", "ways", "much", "many", "how", "which", "who", "whom", "whose", "when", "where", "and", "or", "but", "if",
        "than", "by", "per", "each", "every", "out", "off", "over", "across", "hey", "hi", "ok", "okay", "thanks", "thank",
        "oh", "well", "really", "very", "quite", "pretty", "maybe", "perhaps", "happen", "did", "see", "seen",
        "related", "regarding", "concerning", "handled", "handle", "handles", "worked", "work", "dealt", "deal", "managed", "assigned",
        "belong", "belongs", "belonging", "through", "thru", "via", "new", "come", "generate", "report", "bring", "exist",
        "existing", "currently", "today's", "base", "now", "moment", "overall", "our", "whole", "group", "whats", "much", "anything", "something", "everything", "stuff", "things", "thing",
        "only", "solely", "again",
    ])

    /// The fillers' matching keys, so "comes" and "generates" are fillers like "come" and "generate".
    static let fillerKeys = keys(Array(fillers).filter { $0.count > 3 })

    private static func keys(_ words: [String]) -> Set<String> { Set(words.map(Words.key)) }
}
