import BriefingKit

/// ``Words`` round trips: a line that splits gives back the same words once its words are
/// quoted and joined, and any list of words quoted and joined splits back into that list.
///
/// The input is read twice: as one command line, and as words separated by NUL bytes.
public enum WordsCheck: FuzzCheck {
  public static let name = "words"

  public static func violations(in data: [UInt8]) -> [String] {
    var problems: [String] = []
    if let words = try? Words.split(FuzzInput.text(data)) {
      problems += roundTrip(words)
    }
    problems += roundTrip(FuzzInput.pieces(data))
    return problems
  }

  /// Violations of `split(join(quote(words))) == words`.
  public static func roundTrip(_ words: [String]) -> [String] {
    let line = words.map(Words.quote).joined(separator: " ")
    do {
      let again = try Words.split(line)
      return again == words ? [] : ["\(words) became \(again) through \(line.debugDescription)"]
    } catch {
      return ["\(line.debugDescription), quoted from \(words), does not split: \(error)"]
    }
  }
}
