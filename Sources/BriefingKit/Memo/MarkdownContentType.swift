import Mustache

/// Escapes values for Markdown, so text from articles always renders as literal inline text.
///
/// Registered with swift-mustache as the `MARKDOWN` content type; a template opts in with
/// `{{%CONTENT_TYPE: MARKDOWN}}` (``MemoRenderer`` adds that line to templates that lack one).
/// A value is put on one line (every run of whitespace or control characters becomes one space,
/// so it can never start a block), then:
/// - `\`, `` ` ``, `*`, `[`, `]`, `<`, `|` and `~` are always backslash-escaped;
/// - `_` is escaped unless it sits between two letters or digits (`snake_case` cannot emphasise);
/// - `&` is escaped when it starts something that reads as an entity (`&amp;`, `&#42;`);
/// - a leading `#`, `>`, `-`, `+` or `=`, and the `.` or `)` after leading digits followed by a
///   space (`1. `), are escaped, as the value may be placed at the start of a line;
/// - a trailing run of `#` after a space has its first `#` escaped (it would close a heading).
struct MarkdownContentType: MustacheContentType {
  func escapeText(_ text: String) -> String {
    Self.escape(text)
  }

  /// The Markdown-escaped, single-line form of `text`.
  static func escape(_ text: String) -> String {
    let scalars = collapsedScalars(of: text)
    var output = String.UnicodeScalarView()
    let orderedListMark = orderedListMarkIndex(in: scalars)
    let closingHashes = closingHashesIndex(in: scalars)
    for (index, scalar) in scalars.enumerated() {
      if needsEscape(at: index, in: scalars) || index == orderedListMark || index == closingHashes {
        output.append("\\")
      }
      output.append(scalar)
    }
    return String(output)
  }

  private static let alwaysEscaped = Set("\\`*[]<|~".unicodeScalars)
  private static let escapedAtStart = Set("#>-+=".unicodeScalars)

  private static func needsEscape(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
    let scalar = scalars[index]
    if alwaysEscaped.contains(scalar) { return true }
    if index == 0 && escapedAtStart.contains(scalar) { return true }
    switch scalar {
    case "_":
      let before = index > 0 ? scalars[index - 1] : nil
      let after = index + 1 < scalars.count ? scalars[index + 1] : nil
      return !(isWordScalar(before) && isWordScalar(after))
    case "&":
      return startsEntity(at: index, in: scalars)
    default:
      return false
    }
  }

  /// The index of `.` or `)` in a leading `12. ` or `3) ` (an ordered-list marker), if any.
  private static func orderedListMarkIndex(in scalars: [Unicode.Scalar]) -> Int? {
    var index = 0
    while index < scalars.count, index < 10, ("0"..."9").contains(scalars[index]) { index += 1 }
    guard index > 0, index < scalars.count, scalars[index] == "." || scalars[index] == ")" else {
      return nil
    }
    return index + 1 == scalars.count || scalars[index + 1] == " " ? index : nil
  }

  /// The first `#` of a trailing ` ##` run, which would close an ATX heading and vanish.
  private static func closingHashesIndex(in scalars: [Unicode.Scalar]) -> Int? {
    var start = scalars.count
    while start > 0, scalars[start - 1] == "#" { start -= 1 }
    guard start < scalars.count, start == 0 || scalars[start - 1] == " " else { return nil }
    return start
  }

  /// True when `&` at `index` is followed by `#` or letters and digits and then `;`.
  private static func startsEntity(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
    var cursor = index + 1
    while cursor < scalars.count, cursor - index <= 32 {
      let scalar = scalars[cursor]
      if scalar == ";" { return cursor > index + 1 }
      guard scalar == "#" || (scalar.isASCII && isWordScalar(scalar)) else { return false }
      cursor += 1
    }
    return false
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  /// The scalars of `text` with each run of whitespace or controls made one space, ends trimmed.
  private static func collapsedScalars(of text: String) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(text.unicodeScalars.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      let isBreak = scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
      if isBreak {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace { result.append(" ") }
      pendingSpace = false
      result.append(scalar)
    }
    return result
  }
}
