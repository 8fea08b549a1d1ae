import BICore

extension TimeSeries {
    /// The series combined into coarser calendar periods (days into months, months into
    /// years), labelled by period start; nil off the calendar or when `frequency` is not coarser.
    /// Periods cut off at either end are kept: use ``Aggregation/mean`` to compare them fairly.
    ///
    /// ```swift
    /// daily.aggregated(to: .monthly, using: .mean)   // mean per day, one point per month
    /// ```
    public func aggregated(to frequency: Frequency, using aggregation: Aggregation) -> TimeSeries? {
        let months = frequency.step.months
        guard axis.frequency.isCalendar, months > 0, axis.frequency.step.months < months, count > 0,
              let first = axis.day(at: 0) else { return nil }
        let buckets = axis.calendarMonths(count: count).map { $0 / months }
        let start = Day(year: first.year, month: (first.month - 1) / months * months + 1, day: 1)!
        var groups: [[Double?]] = []
        var current = buckets[0]
        var group: [Double?] = []
        for (index, value) in values.enumerated() {
            let key = buckets[index]
            if key != current {
                groups.append(group)
                groups += Array(repeating: [], count: key - current - 1)
                group = []
                current = key
            }
            group.append(value)
        }
        groups.append(group)
        let axis = TimeAxis(frequency: frequency, start: start, monthLabels: frequency == .monthly, count: groups.count)
        return TimeSeries(axis: axis, values: groups.map { aggregation.combine($0) })
    }
}
