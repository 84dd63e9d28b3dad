import Foundation
import Testing

@testable import BriefingKit

/// Load stamps and memo dates read the same as Foundation's formatters wrote them.
struct UTCTimeTests {
  static func foundationStamp(_ date: Date) -> String {
    ISO8601DateFormatter().string(from: date)
  }

  @Test func stampsMatchFoundationAcrossFourCenturies() {
    var generator = SystemRandomNumberGenerator()
    var instants: [Double] = [0, -1, 86_399, 86_400, -86_400, 951_782_400, 4_107_542_399]
    for _ in 0..<2000 {
      instants.append(Double(Int.random(in: -6_000_000_000...7_000_000_000, using: &generator)))
    }
    for seconds in instants {
      let date = Date(timeIntervalSince1970: seconds)
      #expect(UTCTime.iso8601(date) == Self.foundationStamp(date), "at \(seconds)")
    }
  }

  @Test func leapDaysAndCenturies() {
    func day(_ seconds: Double) -> String { UTCTime.day(Date(timeIntervalSince1970: seconds)) }
    #expect(day(951_782_400) == "2000-02-29")  // 2000 is a leap year
    #expect(day(4_107_542_400) == "2100-03-01")  // 2100 is not: 28 February, then 1 March
    #expect(day(4_107_542_399) == "2100-02-28")
    #expect(day(-1) == "1969-12-31")
    #expect(day(1_770_336_000) == "2026-02-06")
  }

  @Test func fractionsRoundDownAndExtremesDoNotTrap() {
    #expect(UTCTime.iso8601(Date(timeIntervalSince1970: 59.999)) == "1970-01-01T00:00:59Z")
    #expect(UTCTime.iso8601(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59Z")
    _ = UTCTime.iso8601(Date.distantFuture)
    _ = UTCTime.iso8601(Date.distantPast)
    _ = UTCTime.day(Date(timeIntervalSince1970: .nan))
  }
}
