import Foundation

/// Calendar text for an instant in UTC, computed with integer arithmetic.
///
/// Foundation's `ISO8601DateFormatter` and `DateFormatter` page in several megabytes of ICU
/// locale data the first time they run (about 6.5 MB of resident memory, measured), which was
/// the largest single cost of `load` and `memo` on a small session. The proleptic Gregorian
/// calendar in UTC needs none of that.
enum UTCTime {
  /// `2026-02-06T08:30:00Z`: what `ISO8601DateFormatter` gives with its default options.
  static func iso8601(_ date: Date) -> String {
    let (days, second) = split(date)
    let (year, month, day) = civil(fromDays: days)
    let time = two(second / 3600) + ":" + two(second / 60 % 60) + ":" + two(second % 60)
    return ymd(year, month, day) + "T" + time + "Z"
  }

  /// `2026-02-06`: the UTC calendar day of `date`.
  static func day(_ date: Date) -> String {
    let (year, month, day) = civil(fromDays: split(date).days)
    return ymd(year, month, day)
  }

  /// Whole days since 1970-01-01 and the second within that day, rounding down (also before
  /// 1970). Instants beyond ±10^12 seconds are clamped so that the arithmetic cannot overflow.
  private static func split(_ date: Date) -> (days: Int, second: Int) {
    let raw = date.timeIntervalSince1970
    let seconds = raw.isFinite ? Int(max(-1e12, min(1e12, raw)).rounded(.down)) : 0
    let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
    return (days, seconds - days * 86_400)
  }

  /// Year, month (1–12) and day (1–31) of the day `days` after 1970-01-01, counting in
  /// 400-year eras of 146,097 days that start on 1 March, so that the leap day ends a year.
  static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = days + 719_468  // days from 0000-03-01 to 1970-01-01
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let marchMonth = (5 * dayOfYear + 2) / 153  // 0 = March … 11 = February
    let day = dayOfYear - (153 * marchMonth + 2) / 5 + 1
    let month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  private static func ymd(_ year: Int, _ month: Int, _ day: Int) -> String {
    let digits = String(abs(year))
    let padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    return (year < 0 ? "-" : "") + padded + "-" + two(month) + "-" + two(day)
  }

  private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
