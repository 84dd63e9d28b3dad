/// Removes inline Markdown from one line: links keep their text, images go, emphasis and
/// code markers go, backslash escapes are resolved, autolinks keep their address.
enum MarkdownInline {
  /// The plain text of `line`.
  static func strip(_ line: String) -> String {
    let scalars = Array(line.unicodeScalars)
    var output = UTF8Buffer(capacity: line.utf8.count)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "\\" where index + 1 < scalars.count && scalars[index + 1].isASCIIPunctuation:
        output.append(scalars[index + 1])
        index += 2
      case "!" where index + 1 < scalars.count && scalars[index + 1] == "[", "[":
        let isImage = scalar == "!"
        if let link = link(in: scalars, at: isImage ? index + 1 : index) {
          if !isImage {
            output.append(contentsOf: strip(String(String.UnicodeScalarView(scalars[link.text]))))
          }
          index = link.end
        } else {
          output.append(scalar)
          index += 1
        }
      case "<":
        let (text, end) = angleBracket(in: scalars, at: index)
        output.append(contentsOf: text)
        index = end
      case "*", "`":
        index += 1
      case "~" where index + 1 < scalars.count && scalars[index + 1] == "~":
        index += 2
      case "_" where isBoundary(scalars, around: index):
        index += 1
      default:
        output.append(scalar)
        index += 1
      }
    }
    return output.string
  }

  /// What a `<` at `start` stands for: an autolink's address, nothing for an inline HTML tag
  /// (`<br>`, `</em>`), or itself; and where reading goes on.
  private static func angleBracket(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int) {
    let window = scalars[start..<min(scalars.count, start + 300)]
    guard let end = window.firstIndex(of: ">") else { return ("<", start + 1) }
    let inner = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
    if inner.hasPrefix("http") || inner.hasPrefix("mailto:") { return (inner, end + 1) }
    let isTag = end - start < 40 && (inner.first?.isLetter == true || inner.hasPrefix("/"))
    return isTag ? ("", end + 1) : ("<", start + 1)
  }

  /// `[text](target)` or `[text][ref]` starting at the `[` at `start`.
  private static func link(in scalars: [Unicode.Scalar], at start: Int) -> (
    text: Range<Int>, end: Int
  )? {
    var depth = 0
    var close = start
    let limit = min(scalars.count, start + 1000)
    while close < limit {
      if scalars[close] == "[" { depth += 1 }
      if scalars[close] == "]" {
        depth -= 1
        if depth == 0 { break }
      }
      close += 1
    }
    guard close < limit, close + 1 < scalars.count else { return nil }
    let opener = scalars[close + 1]
    guard opener == "(" || opener == "[" else { return nil }
    let closer: Unicode.Scalar = opener == "(" ? ")" : "]"
    let target = scalars[(close + 1)..<min(scalars.count, close + 2000)]
    guard let end = target.firstIndex(of: closer) else { return nil }
    return ((start + 1)..<close, end + 1)
  }

  /// Whether the `_` at `index` touches a word on at most one side (so it is emphasis).
  private static func isBoundary(_ scalars: [Unicode.Scalar], around index: Int) -> Bool {
    let before = index > 0 && scalars[index - 1].isWordScalar
    let after = index + 1 < scalars.count && scalars[index + 1].isWordScalar
    return !(before && after)
  }
}

extension Unicode.Scalar {
  /// Whether the scalar is ASCII punctuation, which a backslash may escape in Markdown.
  fileprivate var isASCIIPunctuation: Bool {
    (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value)
      || (0x5B...0x60).contains(value) || (0x7B...0x7E).contains(value)
  }
}
