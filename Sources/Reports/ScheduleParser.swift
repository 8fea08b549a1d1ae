import BICore
import Foundation

/// Reads schedules and alerts: `schedule:`, `email:` and `alert:` in front matter, `schedules:` and
/// `scheduler:` in `bi.yml`. Every mistake is a diagnostic at the value it is about.
enum ScheduleParser {
    static let scheduleKeys: Set<String> = ["cron", "timezone", "email", "subject"]
    static let alertKeys: Set<String> = ["query", "condition", "schedule", "timezone", "cooldown", "email", "subject"]
    static let projectScheduleKeys: Set<String> = scheduleKeys.union(["report"])
    static let schedulerKeys: Set<String> = ["catch_up", "concurrency", "attempts", "retry_delay", "lease", "poll", "grace"]

    /// The front matter's `schedule:` (a cron string, or keys) with `email:` as the default recipients.
    static func frontMatterSchedule(_ map: YAMLMapping, report: String, diagnostics: inout DiagnosticCollector) -> ScheduleSettings? {
        guard map.contains("schedule") else { return nil }
        let recipients = (diagnostics.attempt { try map.strings("email") } ?? nil) ?? []
        let name = jobName(report: report)
        if let keys = try? map.mapping("schedule") {
            return schedule(keys, name: name, report: report, defaultRecipients: recipients, diagnostics: &diagnostics)
        }
        guard let text = diagnostics.attempt({ try map.string("schedule") }) ?? nil,
              let cron = cron(text, at: map.valueLocation(of: "schedule"), diagnostics: &diagnostics) else { return nil }
        guard !recipients.isEmpty else {
            diagnostics.report(Diagnostic(at: map.location(of: "schedule"), "a scheduled report needs recipients",
                                          hint: "add email: [someone@example.com] to the front matter"))
            return nil
        }
        return ScheduleSettings(name: name, report: report, cron: cron, recipients: recipients, location: map.location(of: "schedule"))
    }

    /// The front matter's `alert:`.
    static func frontMatterAlert(_ map: YAMLMapping, report: String, diagnostics: inout DiagnosticCollector) -> AlertSettings? {
        guard let keys = diagnostics.attempt({ try map.mapping("alert") }) ?? nil else { return nil }
        keys.reportUnknownKeys(known: alertKeys, into: &diagnostics, context: "alert")
        let defaultRecipients = (diagnostics.attempt { try map.strings("email") } ?? nil) ?? []
        var missing = false
        func required(_ key: String, example: String) -> String? {
            guard let value = diagnostics.attempt({ try keys.string(key) }) ?? nil else {
                if keys.contains(key) == false {
                    diagnostics.report(Diagnostic(at: map.location(of: "alert"), "an alert needs '\(key)'", hint: "for example \(key): \(example)"))
                }
                missing = true
                return nil
            }
            return value
        }
        let query = required("query", example: "late_orders")
        let conditionText = required("condition", example: "rows > 0")
        let cronText = required("schedule", example: "\"*/15 * * * *\"")
        var condition: AlertCondition?
        if let conditionText {
            do throws(ConditionError) { condition = try AlertCondition(conditionText) } catch {
                diagnostics.report(Diagnostic(at: keys.valueLocation(of: "condition"), error.description, hint: error.hint))
            }
        }
        var cron: CronExpression?
        if let cronText { cron = ScheduleParser.cron(cronText, at: keys.valueLocation(of: "schedule"), diagnostics: &diagnostics) }
        var cooldown = 3600
        if let text = diagnostics.attempt({ try keys.string("cooldown") }) ?? nil {
            if let seconds = duration(text) { cooldown = seconds } else {
                diagnostics.report(Diagnostic(at: keys.valueLocation(of: "cooldown"), "'cooldown' must be a duration",
                                              hint: "for example cooldown: 30m, cooldown: 4h or cooldown: 1d"))
            }
        }
        let recipients = (diagnostics.attempt { try keys.strings("email") } ?? nil) ?? defaultRecipients
        if recipients.isEmpty {
            diagnostics.report(Diagnostic(at: map.location(of: "alert"), "an alert needs recipients",
                                          hint: "add email: [someone@example.com] to the alert or the front matter"))
        }
        guard !missing, let query, let condition, let cron, !recipients.isEmpty else { return nil }
        let schedule = ScheduleSettings(
            name: jobName(report: report) + "#alert", report: report, cron: cron,
            timezone: diagnostics.attempt { try keys.string("timezone") } ?? nil, recipients: recipients,
            subject: diagnostics.attempt { try keys.string("subject") } ?? nil, location: map.location(of: "alert"))
        return AlertSettings(schedule: schedule, query: query, condition: condition, cooldownSeconds: cooldown)
    }

    /// `schedules:` in `bi.yml`: one entry per name, each naming its `report`.
    static func projectSchedules(_ map: YAMLMapping, diagnostics: inout DiagnosticCollector) -> [ScheduleSettings] {
        guard let entries = diagnostics.attempt({ try map.mapping("schedules") }) ?? nil else { return [] }
        return entries.keys.compactMap { name in
            guard let keys = diagnostics.attempt({ try entries.mapping(name) }) ?? nil else { return nil }
            guard let report = diagnostics.attempt({ try keys.string("report") }) ?? nil else {
                diagnostics.report(Diagnostic(at: entries.location(of: name), "schedule '\(name)' needs 'report'",
                                              hint: "for example report: reports/sales.md"))
                return nil
            }
            let path = report.hasPrefix("reports/") ? report : "reports/" + report
            return schedule(keys, name: name, report: path.hasSuffix(".md") ? path : path + ".md", defaultRecipients: [],
                            known: projectScheduleKeys, diagnostics: &diagnostics)
        }
    }

    /// `scheduler:` in `bi.yml`.
    static func schedulerSettings(_ map: YAMLMapping, diagnostics: inout DiagnosticCollector) -> SchedulerSettings {
        var settings = SchedulerSettings()
        guard let keys = diagnostics.attempt({ try map.mapping("scheduler") }) ?? nil else { return settings }
        keys.reportUnknownKeys(known: schedulerKeys, into: &diagnostics, context: "scheduler")
        if let text = diagnostics.attempt({ try keys.string("catch_up") }) ?? nil {
            if let policy = SchedulerSettings.CatchUp(rawValue: text) { settings.catchUp = policy } else {
                diagnostics.report(Diagnostic(at: keys.valueLocation(of: "catch_up"), "'catch_up' must be once or skip"))
            }
        }
        let numbers: [(String, WritableKeyPath<SchedulerSettings, Int>, Bool)] = [
            ("concurrency", \.concurrency, false), ("attempts", \.attempts, false), ("retry_delay", \.retryDelay, true),
            ("lease", \.lease, true), ("poll", \.poll, true), ("grace", \.grace, true)]
        for (key, path, isDuration) in numbers where keys.contains(key) {
            let text = diagnostics.attempt { try keys.string(key) } ?? nil
            guard let value = text.flatMap({ isDuration ? duration($0) : Int($0) }), value > 0 else {
                diagnostics.report(Diagnostic(at: keys.valueLocation(of: key), "'\(key)' must be a positive \(isDuration ? "duration" : "whole number")",
                                              hint: isDuration ? "seconds, or 30s, 5m, 1h" : nil))
                continue
            }
            settings[keyPath: path] = value
        }
        return settings
    }

    // MARK: - Pieces

    static func schedule(_ keys: YAMLMapping, name: String, report: String, defaultRecipients: [String],
                         known: Set<String> = scheduleKeys, diagnostics: inout DiagnosticCollector) -> ScheduleSettings? {
        keys.reportUnknownKeys(known: known, into: &diagnostics, context: "schedule")
        guard let text = diagnostics.attempt({ try keys.string("cron") }) ?? nil else {
            diagnostics.report(Diagnostic(at: keys.location(of: "cron"), "a schedule needs 'cron'", hint: "for example cron: \"0 7 * * MON\""))
            return nil
        }
        guard let cron = cron(text, at: keys.valueLocation(of: "cron"), diagnostics: &diagnostics) else { return nil }
        let recipients = (diagnostics.attempt { try keys.strings("email") } ?? nil) ?? defaultRecipients
        guard !recipients.isEmpty else {
            diagnostics.report(Diagnostic(at: keys.location(of: "cron"), "a scheduled report needs recipients",
                                          hint: "add email: [someone@example.com]"))
            return nil
        }
        let timezone = diagnostics.attempt { try keys.string("timezone") } ?? nil
        if let timezone, TimeZone(identifier: timezone) == nil {
            diagnostics.report(Diagnostic(at: keys.valueLocation(of: "timezone"), "unknown time zone '\(timezone)'",
                                          hint: "use an IANA name such as Europe/Berlin or America/New_York"))
            return nil
        }
        return ScheduleSettings(name: name, report: report, cron: cron, timezone: timezone, recipients: recipients,
                                subject: diagnostics.attempt { try keys.string("subject") } ?? nil, location: keys.location(of: "cron"))
    }

    /// A cron expression; its errors point at the character where it goes wrong.
    static func cron(_ text: String, at location: SourceLocation, diagnostics: inout DiagnosticCollector) -> CronExpression? {
        do throws(CronError) {
            return try CronExpression(text)
        } catch {
            let at = SourceLocation(file: location.file, line: location.line, column: location.column + error.offset)
            diagnostics.report(Diagnostic(at: at, error.description, hint: error.hint))
            return nil
        }
    }

    /// `90`, `30s`, `15m`, `4h`, `1d` → seconds.
    static func duration(_ text: String) -> Int? {
        if let seconds = Int(text) { return seconds }
        guard let unit = text.last, let number = Int(text.dropLast()), number >= 0,
              let factor = ["s": 1, "m": 60, "h": 3600, "d": 86_400][String(unit)] else { return nil }
        return number * factor
    }

    /// `reports/finance/sales.md` → `finance/sales`.
    static func jobName(report: String) -> String {
        var name = report
        if name.hasPrefix("reports/") { name.removeFirst("reports/".count) }
        if name.hasSuffix(".md") { name.removeLast(3) }
        return name
    }
}
