import BICore

/// The words a question engine knows without a schema: aggregations, ranking, grouping, comparison,
/// shares, growth, negation and sorting, as phrases of lowercase words.
enum ClosedClasses {
    static let phrases: [String: Tag] = {
        var table: [String: Tag] = [:]
        func add(_ tag: Tag, _ phrases: String...) { for phrase in phrases { table[phrase] = tag } }
        add(.aggregate(.sum), "total", "sum", "sum of", "combined", "cumulative", "totals", "summed", "aggregate")
        add(.howMuch, "how much", "how much money", "what amount")
        add(.aggregate(.average), "average", "avg", "mean", "typical", "on average", "averaged", "avg.")
        add(.aggregate(.count), "how many", "number of", "count", "count of", "no of", "num of", "counts", "tally", "# of", "volume",
            "volume of")
        add(.aggregate(.distinctCount), "how many different", "how many unique", "how many distinct", "number of distinct",
            "number of unique", "number of different", "distinct", "unique", "count of distinct", "count of unique", "distinct count")
        add(.aggregate(.minimum), "minimum", "min", "lowest ever", "smallest ever")
        add(.aggregate(.maximum), "maximum", "max", "highest ever", "largest ever", "biggest ever")
        add(.rank(Rank(descending: true, superlative: false)), "top", "leading")
        add(.rank(Rank(descending: false, superlative: false)), "bottom")
        add(.rank(Rank(descending: true, superlative: true)), "most", "the most", "highest", "largest", "biggest", "greatest",
            "best", "maximal", "longest", "slowest", "busiest", "greatest number of", "highest number of", "most number of")
        add(.rank(Rank(descending: false, superlative: true)), "least", "the least", "fewest", "lowest", "smallest", "worst",
            "minimal", "weakest", "shortest", "fastest", "quickest", "quietest", "lowest number of")
        add(.rank(Rank(descending: true, superlative: true, bySales: true)), "best selling", "top selling", "best sellers",
            "bestsellers", "bestselling", "best seller", "bestseller", "most popular", "most sold", "most purchased", "most ordered",
            "highest selling", "top sellers", "top seller")
        add(.rank(Rank(descending: true, superlative: true, byPrice: true)), "most expensive", "priciest", "costliest", "dearest")
        add(.rank(Rank(descending: false, superlative: true, byPrice: true)), "cheapest", "least expensive", "lowest priced", "lowest price")
        add(.rank(Rank(descending: false, superlative: true, bySales: true)), "worst selling", "least popular", "least sold",
            "least purchased", "least ordered", "lowest selling", "slowest selling", "slow moving")
        add(.group(per: true), "per")
        add(.group(per: false), "by", "for each", "for every", "each", "every", "broken down by", "break down by", "breakdown by",
            "split by", "grouped by", "group by", "across", "in each", "within each", "by each", "across all", "across each",
            "segmented by", "divided by", "over each", "for all")
        add(.share, "share", "share of", "percentage", "percentage of", "percent of", "proportion", "proportion of", "fraction",
            "fraction of", "% of", "what percent", "what percentage", "contribution", "split", "mix", "ratio of", "pct of")
        add(.growth(nil), "growth", "grow", "grew", "growing", "change", "changed", "changes", "increase", "increased", "decrease",
            "decreased", "decline", "declined", "difference", "delta", "evolve", "evolved", "evolution of", "develop", "developed")
        add(.growth(.month), "month over month", "mom", "month on month", "monthly growth", "month to month")
        add(.growth(.year), "year over year", "yoy", "year on year", "annual growth", "yearly growth")
        add(.growth(.week), "week over week", "wow", "week on week", "weekly growth")
        add(.growth(.quarter), "quarter over quarter", "qoq", "quarter on quarter", "quarterly growth")
        add(.growth(.day), "day over day", "dod", "daily growth")
        add(.versus, "compared to", "compared with", "vs", "versus", "against", "relative to", "compare", "in comparison to",
            "in comparison with", "vs.", "as opposed to", "compared")
        add(.trend, "trend", "trends", "over time", "evolution", "history", "time series", "timeline", "progression", "trended",
            "trending", "historically")
        add(.negation, "not", "excluding", "exclude", "excluded", "except", "except for", "other than", "without", "non", "aside from",
            "apart from", "isn t", "aren t", "wasn t", "weren t", "don t", "doesn t", "didn t", "never", "no", "besides")
        add(.instead, "instead", "instead of that", "rather", "rather than that", "what about", "how about")
        add(.conjunction, "and", "or", "as well as", "and also", "along with", "plus")
        add(.order(ascending: nil), "sorted by", "sort by", "ranked by", "rank by", "sorted", "in order of", "arranged by")
        add(.order(ascending: true), "ascending", "in ascending order", "asc", "lowest first", "smallest first", "from lowest to highest",
            "from smallest to largest", "alphabetically", "alphabetical", "in alphabetical order", "a to z", "least first", "increasing order")
        add(.order(ascending: false), "descending", "in descending order", "desc", "highest first", "largest first", "biggest first",
            "from highest to lowest", "from largest to smallest", "most first", "decreasing order")
        for weekday in ["day of week", "day of the week", "days of the week", "weekday", "weekdays", "hour of day", "hour of the day", "time of day"] {
            add(.unsupported("grouping by " + weekday), weekday)
        }
        for recency in ["most recent", "latest", "newest", "oldest", "earliest", "last few", "first few"] {
            add(.unsupported("ordering by date (\"" + recency + "\")"), recency)
        }
        add(.list, "list", "list all", "list the", "show all", "show me all", "list of", "all the", "all of the", "enumerate")
        for statistic in ["median", "percentile", "mode", "standard deviation", "stddev", "variance", "correlation", "forecast", "predict",
                          "prediction", "regression"] {
            add(.unsupported(statistic), statistic)
        }
        add(.rank(Rank(descending: true, superlative: true, byPrice: true)), "the most expensive", "the priciest")
        add(.rank(Rank(descending: false, superlative: true, byPrice: true)), "the cheapest", "the least expensive")
        add(.sold, "sold", "sell", "sells", "selling", "were sold", "was sold", "purchased", "bought", "units sold", "items sold")
        add(.which(person: false), "which", "which one", "which ones", "what are the", "name the", "identify")
        add(.which(person: true), "who", "whom")
        add(.bucket(.day), "daily", "day", "days", "date", "dates", "per day", "a day", "day by day", "each day", "every day")
        add(.bucket(.week), "weekly", "week", "weeks", "a week", "each week", "every week", "per week", "wk")
        add(.bucket(.month), "monthly", "month", "months", "a month", "each month", "every month", "per month", "month by month", "mo")
        add(.bucket(.quarter), "quarterly", "quarter", "quarters", "a quarter", "each quarter", "per quarter", "qtr")
        add(.bucket(.year), "yearly", "annual", "annually", "year", "years", "a year", "each year", "every year", "per year", "yr", "per annum")
        return table
    }()

    /// The longest phrase length in ``phrases``, in words.
    static let longest = phrases.keys.map { $0.split(separator: " ").count }.max() ?? 1

    /// Words after a number that name its unit.
    static let moneyUnits: Set<String> = ["dollars", "dollar", "usd", "bucks", "euros", "euro", "eur", "gbp", "pounds"]
    static let percentUnits: Set<String> = ["percent", "pct", "per cent", "percentage points"]
    /// Minutes in one of each duration word, after a number ("over 4 hours") or at the end of a column name (`resolutionHours`).
    static let durations: [String: Double] = [
        "second": 1.0 / 60, "seconds": 1.0 / 60, "sec": 1.0 / 60, "secs": 1.0 / 60, "minute": 1, "minutes": 1, "min": 1, "mins": 1,
        "hour": 60, "hours": 60, "hr": 60, "hrs": 60, "day": 1440, "days": 1440, "week": 10080, "weeks": 10080,
    ]

    /// Comparison phrases, each followed by a number.
    static let comparisons: [String: Comparison.Operator] = [
        "over": .greater, "above": .greater, "more than": .greater, "greater than": .greater, "higher than": .greater,
        "larger than": .greater, "bigger than": .greater, "exceeding": .greater, "exceeds": .greater, "exceed": .greater,
        "in excess of": .greater, "upwards of": .greater, "north of": .greater, ">": .greater,
        "at least": .greaterOrEqual, "no less than": .greaterOrEqual, "not less than": .greaterOrEqual, ">=": .greaterOrEqual,
        "or more": .greaterOrEqual, "minimum of": .greaterOrEqual,
        "under": .less, "below": .less, "less than": .less, "fewer than": .less, "lower than": .less, "smaller than": .less, "<": .less,
        "at most": .lessOrEqual, "no more than": .lessOrEqual, "not more than": .lessOrEqual, "up to": .lessOrEqual, "<=": .lessOrEqual,
        "maximum of": .lessOrEqual, "or less": .lessOrEqual, "or fewer": .lessOrEqual,
        "not equal to": .notEqual, "other than": .notEqual, "equal to": .equal, "equals": .equal, "equal": .equal, "exactly": .equal, "=": .equal, "of exactly": .equal,
        "between": .between, "from": .between,
    ]
}
