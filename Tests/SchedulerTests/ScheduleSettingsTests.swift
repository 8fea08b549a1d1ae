import BICore
import Reports
import Site
import Testing

/// `schedule:`, `email:` and `alert:` in front matter, `schedules:` and `scheduler:` in bi.yml.
struct ScheduleSettingsTests {
    let parser = ReportParser(catalog: SiteComponents.standard.catalog)

    func frontMatter(_ yaml: String) -> (FrontMatter?, [String]) {
        var diagnostics = DiagnosticCollector()
        let report = parser.parse("---\ntitle: Sales\n\(yaml)\n---\n\n# Sales\n", path: "reports/sales.md", diagnostics: &diagnostics)
        return (report?.frontMatter, diagnostics.diagnostics.map(\.description))
    }

    @Test func aShortScheduleTakesItsRecipientsFromEmail() throws {
        let (front, diagnostics) = frontMatter("schedule: \"0 7 * * MON\"\nemail: [ceo@example.com]")
        #expect(diagnostics == [])
        let schedule = try #require(front?.schedule)
        #expect(schedule.name == "sales" && schedule.report == "reports/sales.md" && schedule.recipients == ["ceo@example.com"])
        let mondays = try CronExpression("0 7 * * MON")
        #expect(schedule.cron == mondays && schedule.timezone == nil)
    }

    @Test func theLongFormSetsZoneAndSubject() throws {
        let (front, diagnostics) = frontMatter("""
            schedule:
              cron: "@weekly"
              timezone: America/New_York
              email: [a@example.com, b@example.com]
              subject: Weekly sales
            """)
        #expect(diagnostics == [])
        #expect(front?.schedule?.timezone == "America/New_York" && front?.schedule?.subject == "Weekly sales")
        #expect(front?.schedule?.recipients == ["a@example.com", "b@example.com"])
    }

    @Test func aBadCronPointsAtTheField() {
        let (_, diagnostics) = frontMatter("schedule: 0 25 * * MON\nemail: [ceo@example.com]")
        #expect(diagnostics == ["reports/sales.md:3:13: error: 25 is out of range for the hour (0–23)\n  hint: for example \"0 7 * * MON\" (Mondays at 07:00), \"30 6 1 * *\" (the 1st at 06:30), or @daily, @weekly, @monthly"])
    }

    @Test func aScheduleWithoutRecipientsIsAnError() {
        let (_, diagnostics) = frontMatter("schedule: \"@daily\"")
        #expect(diagnostics == ["reports/sales.md:3:1: error: a scheduled report needs recipients\n  hint: add email: [someone@example.com] to the front matter"])
    }

    @Test func anUnknownZoneIsAnError() {
        let (_, diagnostics) = frontMatter("schedule:\n  cron: \"@daily\"\n  timezone: Europe/Atlantis\n  email: [a@example.com]")
        #expect(diagnostics.first?.hasPrefix("reports/sales.md:5:13: error: unknown time zone 'Europe/Atlantis'") == true)
    }

    @Test func anAlertReadsQueryConditionScheduleAndCooldown() throws {
        let (front, diagnostics) = frontMatter("""
            email: [ops@example.com]
            alert:
              query: late_orders
              condition: value < 1000
              schedule: "*/15 * * * *"
              cooldown: 4h
            """)
        #expect(diagnostics == [])
        let alert = try #require(front?.alert)
        let condition = try AlertCondition("value < 1000")
        #expect(alert.query == "late_orders" && alert.condition == condition && alert.cooldownSeconds == 14_400)
        #expect(alert.schedule.name == "sales#alert" && alert.schedule.recipients == ["ops@example.com"])
    }

    @Test func aBadConditionPointsAtIt() {
        let (_, diagnostics) = frontMatter("email: [ops@example.com]\nalert:\n  query: q\n  condition: rows are many\n  schedule: \"@hourly\"")
        #expect(diagnostics == ["reports/sales.md:6:14: error: 'rows are many' is not an alert condition\n  hint: write rows or value, a comparison (>, >=, <, <=, ==, !=) and a number, e.g. rows > 0 or value < 1000"])
    }

    @Test(arguments: [("rows > 0", 1.0, true), ("rows > 0", 0, false), ("value < 1000", 999.5, true), ("value >= 10", 9, false),
                      ("value == 3", 3, true), ("value != 3", 3, false)])
    func conditionsCompare(_ text: String, _ number: Double, _ holds: Bool) throws {
        #expect(try AlertCondition(text).holds(for: number) == holds)
    }

    @Test func biYmlSchedulesAndSchedulerSettings() throws {
        var diagnostics = DiagnosticCollector()
        let config = ProjectConfigParser.parse("""
            title: T
            timezone: Europe/Berlin
            scheduler:
              catch_up: skip
              concurrency: 3
              retry_delay: 2m
            schedules:
              weekly-sales:
                report: sales
                cron: "0 7 * * MON"
                email: [ceo@example.com]
            """, diagnostics: &diagnostics)
        #expect(diagnostics.diagnostics.map(\.description) == [])
        #expect(config?.scheduler.catchUp == .skip && config?.scheduler.concurrency == 3 && config?.scheduler.retryDelay == 120)
        #expect(config?.schedules.map(\.name) == ["weekly-sales"] && config?.schedules.first?.report == "reports/sales.md")
    }
}
