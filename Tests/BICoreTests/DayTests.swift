import BICore
import Testing

struct DayTests {
    @Test func parsesOnlyRealDays() {
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2024-13-01") == nil)
        #expect(Day(iso: "2024-1-01") == nil)
    }

    @Test func dayNumbersRoundTrip() {
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(Day(dayNumber: number).dayNumber == number)
        }
        #expect(Day(iso: "1970-01-01")!.dayNumber == 0)
        #expect(Day(iso: "2000-03-01")!.dayNumber == 11017)
    }

    @Test func monthArithmeticClampsToTheMonthEnd() {
        #expect(Day(iso: "2025-01-31")!.adding(months: 1).description == "2025-02-28")
        #expect(Day(iso: "2024-01-31")!.adding(months: 1).description == "2024-02-29")
        #expect(Day(iso: "2025-03-15")!.adding(months: -3).description == "2024-12-15")
        #expect(Day(iso: "2024-02-29")!.adding(years: 1).description == "2025-02-28")
    }

    @Test func weekdaysAndISOWeeks() {
        #expect(Day(iso: "2025-12-31")!.weekday == 3)        // Wednesday
        #expect(Day(iso: "2025-12-29")!.isoWeek == (2026, 1))  // ISO week 1 of 2026
        #expect(Day(iso: "2021-01-03")!.isoWeek == (2020, 53))
        #expect(Day(iso: "2025-06-10")!.startOfWeek.description == "2025-06-09")
        #expect(Day(iso: "2025-08-20")!.startOfQuarter.description == "2025-07-01")
    }
}
