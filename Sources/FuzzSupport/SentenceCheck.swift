import BriefingKit

/// ``SentenceSplitter`` on any text: ranges inside the text, in order, not overlapping, not
/// empty, and trimmed of white space.
public enum SentenceCheck: FuzzCheck {
  public static let name = "sentences"

  public static func violations(in data: [UInt8]) -> [String] {
    let text = FuzzInput.text(data)
    let scalars = FuzzInput.scalars(text)
    let ranges = SentenceSplitter().sentences(in: text)
    var problems: [String] = []
    if ranges != SentenceSplitter().sentences(in: scalars) {
      problems.append("the String and scalar entry points disagree")
    }
    var previousEnd = 0
    for range in ranges {
      guard range.lowerBound >= previousEnd, range.upperBound <= scalars.count else {
        problems.append("range \(range) is out of order or outside \(scalars.count) scalars")
        return problems
      }
      previousEnd = range.upperBound
      guard let first = range.first, let last = range.last else {
        problems.append("empty range \(range)")
        continue
      }
      if isSpace(scalars[first]) || isSpace(scalars[last]) {
        problems.append("range \(range) is not trimmed")
      }
    }
    return problems
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
  }
}
