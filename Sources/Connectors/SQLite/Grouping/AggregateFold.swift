import BICore

/// One aggregate of one group, folded row by row as SQLite's aggregate functions fold them (`sum`,
/// `avg`, `count`, `min`, `max`): integers add up exactly as an integer, every value also adds into
/// a real (with the rounding error carried, as SQLite 3.43 and later do), and the result is the
/// integer unless a real was added.
struct AggregateFold {
    let aggregate: RowGrouping.Aggregate
    private var count = 0
    private var integerSum: Int64 = 0
    private var realSum = CompensatedSum()
    private var approximate = false
    /// Integers past 64 bits, which SQLite reports as an error.
    private var overflow = false
    private var best: Value = .null
    private var distinct = DistinctValues()
    private var perKeys = DistinctValues()

    init(_ aggregate: RowGrouping.Aggregate) { self.aggregate = aggregate }

    /// Adds the current row; false when SQLite would fold it differently (text or a boolean added
    /// up, an integer sum past 64 bits, which SQLite reports as an error).
    mutating func add(_ row: SQLiteStatement) -> Bool {
        if let per = aggregate.per {
            guard perKeys.insert(row.value(at: per)) else { return false }
        }
        guard let argument = aggregate.argument else {
            count += 1
            return true
        }
        let value = row.value(at: argument)
        switch aggregate.function {
        case .sum, .average:
            switch value {
            case .null: return true
            case .integer(let number):
                count += 1
                realSum.add(Double(number))
                guard !approximate else { return true }
                let (sum, overflowed) = integerSum.addingReportingOverflow(number)
                integerSum = sum
                return !overflowed
            case .real(let number):
                count += 1
                realSum.add(number)
                approximate = true
                return true
            case .text, .boolean: return false
            }
        case .count:
            if value != .null { count += 1 }
            return true
        case .distinctCount:
            return distinct.insert(value)
        case .minimum, .maximum:
            if case .boolean = value { return false }
            keepBest(value)
            return true
        case .rows:
            count += 1
            return true
        }
    }

    /// Adds the fold of other rows of the same group.
    mutating func merge(_ other: AggregateFold) {
        count += other.count
        realSum.add(other.realSum)
        let (sum, overflowed) = integerSum.addingReportingOverflow(other.integerSum)
        integerSum = sum
        approximate = approximate || other.approximate
        overflow = overflow || (overflowed && !approximate)
        distinct.formUnion(other.distinct)
        perKeys.formUnion(other.perKeys)
        keepBest(other.best)
    }

    /// Keeps `value` as the minimum or maximum if it is one, as SQLite's `min` and `max` do: NULL never.
    private mutating func keepBest(_ value: Value) {
        guard value != .null else { return }
        let order = best == .null ? 0 : SQLiteValueOrder.compare(value, best)
        if best == .null || (aggregate.function == .minimum ? order < 0 : order > 0) { best = value }
    }

    /// The aggregate's value; nil when SQLite would compute it from a value the fold cannot (a text divided per entity).
    var result: Value? {
        guard !overflow else { return nil }
        let value: Value = switch aggregate.function {
        case .sum: count == 0 ? .null : approximate ? .real(realSum.value) : .integer(integerSum)
        case .average: count == 0 ? .null : .real(realSum.value / Double(count))
        case .count, .rows: .integer(Int64(count))
        case .distinctCount: .integer(Int64(distinct.count))
        case .minimum, .maximum: best
        }
        guard aggregate.per != nil else { return value }
        // `value * 1.0 / NULLIF(COUNT(DISTINCT key), 0)`
        switch value {
        case .null: return .null
        case .integer, .real: return perKeys.isEmpty ? .null : .real(value.number! * 1.0 / Double(perKeys.count))
        case .text, .boolean: return nil
        }
    }
}

/// The distinct non-null values of a COUNT(DISTINCT …), as SQLite tells them apart. Rows often
/// repeat the value before them (the lines of one order), so that one is checked first.
struct DistinctValues {
    private var values: Set<GroupKeyPart> = []
    private var last: GroupKeyPart?

    mutating func formUnion(_ other: DistinctValues) { values.formUnion(other.values) }

    var count: Int { values.count }
    var isEmpty: Bool { values.isEmpty }

    /// Adds `value` unless it is NULL; false for a value SQLite would tell apart differently (a boolean).
    mutating func insert(_ value: Value) -> Bool {
        guard value != .null else { return true }
        guard let key = GroupKeyPart(value) else { return false }
        if key != last {
            values.insert(key)
            last = key
        }
        return true
    }
}

/// A sum of reals with its rounding error carried (Kahan–Babuška–Neumaier), as SQLite's `sum` adds.
struct CompensatedSum {
    private var sum = 0.0
    private var error = 0.0

    var value: Double { sum + error }

    mutating func add(_ number: Double) {
        let total = sum + number
        error += abs(sum) >= abs(number) ? (sum - total) + number : (number - total) + sum
        sum = total
    }

    mutating func add(_ other: CompensatedSum) {
        add(other.sum)
        add(other.error)
    }
}
