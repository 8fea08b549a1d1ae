import BICore

/// Reads x labels and decides the axis: calendar (ISO days, timestamps or `YYYY-MM` months, with
/// the step voted from the gaps between consecutive days), numbers, or plain labels.
struct AxisDetector {
    /// The detected axis, and for every input label the index of its point on that axis.
    let axis: TimeAxis
    let positions: [Int]

    init(labels: [String]) {
        if let calendar = AxisDetector.calendar(labels) {
            self = calendar
        } else if let numeric = AxisDetector.numeric(labels) {
            self = numeric
        } else {
            axis = TimeAxis(labels: labels)
            positions = Array(labels.indices)
        }
    }

    private init(axis: TimeAxis, positions: [Int]) {
        self.axis = axis
        self.positions = positions
    }

    private static func calendar(_ labels: [String]) -> AxisDetector? {
        guard !labels.isEmpty else { return nil }
        var dayNumbers: [Int] = []
        dayNumbers.reserveCapacity(labels.count)
        var allMonths = true
        for label in labels {
            guard let (day, isMonth) = parse(label) else { return nil }
            dayNumbers.append(day.dayNumber)
            allMonths = allMonths && isMonth
        }
        let isIncreasing = zip(dayNumbers, dayNumbers.dropFirst()).allSatisfy { $0 < $1 }
        let distinct = isIncreasing ? dayNumbers : Array(Set(dayNumbers)).sorted()
        var frequency = allMonths ? .monthly : vote(gaps: zip(distinct, distinct.dropFirst()).map { $1 - $0 })
        if frequency == .daily, distinct.count >= 10, dayNumbers.allSatisfy({ weekday($0) <= 5 }) { frequency = .businessDaily }
        let start = Day(dayNumber: distinct[0])
        let startMonth = start.year * 12 + start.month
        let step = frequency.step
        let positions = dayNumbers.map { number -> Int in
            if frequency == .businessDaily {
                let weeks = (number - weekday(number) - distinct[0] + weekday(distinct[0])) / 7
                return 5 * weeks + weekday(number) - weekday(distinct[0])
            }
            if step.months == 0 { return (number - distinct[0]) / step.days }
            let day = Day(dayNumber: number)
            return (day.year * 12 + day.month - startMonth) / step.months
        }
        let count = (positions.max() ?? 0) + 1
        guard count <= 20 * labels.count + 1_000 else { return nil }
        return AxisDetector(axis: TimeAxis(frequency: frequency, start: start, monthLabels: allMonths, count: count),
                            positions: positions)
    }

    /// The ISO weekday (1 Monday … 7 Sunday) of a day number, as ``Day/weekday``.
    private static func weekday(_ dayNumber: Int) -> Int { ((dayNumber % 7 + 7 + 3) % 7) + 1 }

    /// `YYYY-MM-DD`, an ISO timestamp (its day), or `YYYY-MM` (the first of the month).
    private static func parse(_ label: String) -> (Day, isMonth: Bool)? {
        var label = label
        return label.withUTF8 { bytes -> (Day, isMonth: Bool)? in
            guard bytes.count == 7 || bytes.count >= 10, let year = number(bytes, 0..<4), bytes[4] == 0x2D,
                  let month = number(bytes, 5..<7) else { return nil }
            if bytes.count == 7 { return Day(year: year, month: month, day: 1).map { ($0, true) } }
            guard bytes[7] == 0x2D, let day = number(bytes, 8..<10),
                  bytes.count == 10 || Timestamp.isISO(String(decoding: bytes, as: UTF8.self)) else { return nil }
            return Day(year: year, month: month, day: day).map { ($0, false) }
        }
    }

    /// The decimal number written in `bytes[range]`, digits only.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var result = 0
        for index in range {
            let digit = Int(bytes[index]) - 48
            guard (0...9).contains(digit) else { return nil }
            result = result * 10 + digit
        }
        return result
    }

    /// The step most gaps agree on; a gap of a few days (weekends skipped) counts as daily.
    private static func vote(gaps: [Int]) -> Frequency {
        let order: [Frequency] = [.daily, .weekly, .monthly, .quarterly, .yearly]
        var votes = [Int](repeating: 0, count: order.count)
        for gap in gaps {
            switch gap {
            case 1...6: votes[0] += 1
            case 7...13: votes[1] += 1
            case 28...31: votes[2] += 1
            case 89...92: votes[3] += 1
            case 365...366: votes[4] += 1
            default: continue
            }
        }
        return order[votes.indices.max { votes[$0] < votes[$1] }!]
    }

    /// Every label a finite number: sorted by value, equal numbers sharing a point.
    private static func numeric(_ labels: [String]) -> AxisDetector? {
        let numbers = labels.map { Double($0) }
        guard !labels.isEmpty, numbers.allSatisfy({ $0?.isFinite == true }) else { return nil }
        let values = numbers.map { $0! }
        let distinct = Array(Set(values)).sorted()
        var index: [Double: Int] = [:]
        for (position, value) in distinct.enumerated() { index[value] = position }
        var text = [String](repeating: "", count: distinct.count)
        for (label, value) in zip(labels, values) where text[index[value]!].isEmpty { text[index[value]!] = label }
        let gaps = zip(distinct, distinct.dropFirst()).map { $1 - $0 }
        let step = gaps.isEmpty ? 1 : Descriptive.median(gaps)!
        return AxisDetector(axis: TimeAxis(numbers: text, last: distinct[distinct.count - 1], step: step),
                            positions: values.map { index[$0]! })
    }
}
