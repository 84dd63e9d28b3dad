/// Splits text into words and numbers, by Unicode scalar offsets.
///
/// A word is a run of letters, combining marks and digits that starts with a letter; an
/// apostrophe (`'` or `’`) or hyphen between two letters stays inside it (`don't`,
/// `mother-in-law`). A number is a run of digits; `.`, `,`, `:` or `-` between two digits
/// stay inside it (`3.5`, `1,000`, `10:30`). Everything else separates tokens.
///
/// ```swift
/// Tokenizer().tokens(in: "It's 3.5 km.").map(\.range)  // [0..<4, 5..<8, 9..<11]
/// ```
///
/// - Complexity: O(n) in the number of scalars.
public struct Tokenizer: Sendable {
  /// Creates a tokenizer.
  public init() {}

  /// The tokens of `text`, in order.
  public func tokens(in text: String) -> [Token] {
    tokens(in: ScalarArray.scalars(of: text))
  }

  /// The tokens of `scalars`, in order, with offsets into `scalars`.
  public func tokens(in scalars: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      guard scalar.isWordScalar else {
        index += 1
        continue
      }
      let isNumber = !scalar.isLetter
      var end = index + 1
      while end < scalars.count {
        let next = scalars[end]
        if next.isWordScalar || next.properties.generalCategory == .nonspacingMark {
          end += 1
        } else if end + 1 < scalars.count, Self.joins(next, isNumber: isNumber),
          isNumber ? scalars[end + 1].isASCIIDigit : scalars[end + 1].isLetter,
          isNumber ? scalars[end - 1].isASCIIDigit : scalars[end - 1].isLetter
        {
          end += 2
        } else {
          break
        }
      }
      tokens.append(Token(range: index..<end, kind: isNumber ? .number : .word))
      index = end
    }
    return tokens
  }

  /// Whether `scalar` may sit inside a word (apostrophe, hyphen) or number (`.` `,` `:` `-`).
  private static func joins(_ scalar: Unicode.Scalar, isNumber: Bool) -> Bool {
    switch scalar.value {
    case 0x27, 0x2019, 0x2D, 0x2010, 0x2011: return !isNumber || scalar.value == 0x2D
    case 0x2E, 0x2C, 0x3A: return isNumber
    default: return false
    }
  }
}
