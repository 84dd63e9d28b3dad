/// A news dateline at the start of a paragraph: `MOSCOW, December 3. / TASS /.`,
/// `WASHINGTON (Reuters) -`, `BERLIN, 2 February 2026 –`, `(Fenland Courier) -`.
struct Dateline: Equatable, Sendable {
  /// The date, possibly without a year.
  var date: DateMatch?
  /// The agency or paper named in slashes or parentheses.
  var source: String?
  /// How many scalars the dateline (and the separator and spaces after it) takes up.
  var length: Int

  /// Reads a dateline at the start of `scalars`, or nil when the paragraph has none.
  init?(parsing scalars: [Unicode.Scalar]) {
    var cursor = DatelineCursor(scalars: scalars)
    let hasCity = cursor.city()
    if hasCity { cursor.skipSpaces() }
    let date = cursor.date()
    let source = cursor.source()
    let hasSeparator = cursor.separator()
    let isDateline: Bool
    switch (hasCity, date != nil, source != nil) {
    // `Sens. Ted Cruz (Texas) and …` is no dateline: a source needs a date, slashes or a dash.
    case (_, _, true): isDateline = hasSeparator || date != nil || cursor.isSlashedSource
    case (true, true, false): isDateline = hasSeparator || cursor.endedWithPeriod
    case (false, true, false): isDateline = hasSeparator
    default: isDateline = false
    }
    if isDateline {
      self.date = date
      self.source = source
      self.length = cursor.index
      return
    }
    // `WASHINGTON —` or `CHARLESTON, S.C. —`: a city in capitals and a dash, nothing else.
    var bare = DatelineCursor(scalars: scalars)
    guard bare.capitalCity(), bare.separator() else { return nil }
    self.date = nil
    self.source = nil
    self.length = bare.index
  }
}

extension Dateline {
  /// The dateline opening `paragraph`, if it has one.
  init?(opening paragraph: String) {
    self.init(parsing: ScalarArray.scalars(of: paragraph, limit: 200))
  }

  /// `paragraph`, which this dateline opens, without it.
  func removed(from paragraph: String) -> String {
    String(paragraph.unicodeScalars.dropFirst(length))
  }

  /// The dateline's date as `YYYY-MM-DD`; a date without a year takes the year of the first
  /// full date in the article's first `paragraphs`, or is nil.
  func isoDate(in paragraphs: [String]) -> String? {
    guard let date else { return nil }
    if let iso = date.iso { return iso }
    let head = paragraphs.prefix(8).joined(separator: "\n\n")
    guard let year = DateText.firstFullDate(in: Array(head.unicodeScalars.prefix(3000)))?.year
    else { return nil }
    return DateText.iso(year: year, month: date.month, day: date.day)
  }
}

extension Article {
  /// This article without the news dateline that opens its first paragraph (`WASHINGTON
  /// (Reuters) -`), whose date and source fill the article's when it has none. JSON, Markdown
  /// and HTML bodies carry datelines as scrapers find them; plain text loses its own while
  /// its header is read.
  func removingDateline() -> Article {
    guard let first = paragraphs.first, let dateline = Dateline(opening: first) else {
      return self
    }
    var paragraphs = self.paragraphs
    paragraphs[0] = dateline.removed(from: first)
    if paragraphs[0].isEmpty { paragraphs.removeFirst() }
    guard paragraphs.contains(where: { !$0.isEmpty }) else { return self }
    return Article(
      title: title, date: date ?? dateline.isoDate(in: paragraphs),
      source: source ?? dateline.source, authors: authors, url: url, language: language,
      tags: tags, paragraphs: paragraphs)
  }
}

/// The scanning behind ``Dateline``.
private struct DatelineCursor {
  let scalars: [Unicode.Scalar]
  var index = 0
  var endedWithPeriod = false
  var isSlashedSource = false

  private func at(_ offset: Int = 0) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  mutating func skipSpaces() {
    while let scalar = at(), scalar == " " || scalar == "\u{A0}" { index += 1 }
  }

  /// `MOSCOW,` or `SPRINGFIELD, Ill.,`: capitalised words up to a comma (at most two parts),
  /// or `WASHINGTON` right before `(Agency)`.
  mutating func city() -> Bool {
    let start = index
    var accepted = start
    var parts = 0
    while parts < 2 {
      let partStart = index
      var words = 0
      var atWordStart = true
      while let scalar = at(), scalar.isLetter || " .-'’".unicodeScalars.contains(scalar) {
        if atWordStart && scalar.isLetter {
          guard scalar.isUppercaseLetter else {
            index = accepted
            return parts > 0
          }
          words += 1
        }
        atWordStart = scalar == " " || scalar == "-"
        index += 1
        if index - partStart > 40 || words > 4 {
          index = accepted
          return parts > 0
        }
      }
      guard words > 0 else { break }
      if at() == "," {
        index += 1
        parts += 1
        skipSpaces()
        accepted = index
        if DateText.match(scalars, at: index) != nil { return true }
      } else if at() == "(" || at() == "/" {
        return true
      } else {
        break
      }
    }
    index = accepted
    return parts > 0
  }

  /// Upper-case letters with spaces, periods and commas (`CHARLESTON, S.C.`), at least three
  /// letters, up to 40 scalars.
  mutating func capitalCity() -> Bool {
    var letters = 0
    var afterComma = false
    while let scalar = at(), index < 40 {
      if scalar.isLetter {
        // After a comma comes a state or country, which may be `Ill.` or `Fla.`.
        guard scalar.isUppercaseLetter || afterComma else { return false }
        letters += 1
      } else if scalar == "," {
        afterComma = true
      } else if scalar == "-", at(1)?.isLetter == true {
        // A hyphenated name such as WILKES-BARRE; `--` is the separator.
      } else if !" .'’".unicodeScalars.contains(scalar) {
        break
      }
      index += 1
    }
    return letters >= 3
  }

  mutating func date() -> DateMatch? {
    guard let found = DateText.match(scalars, at: index) else { return nil }
    index += found.length
    if at() == "." {
      endedWithPeriod = true
      index += 1
    } else if at() == "," {
      index += 1
    }
    skipSpaces()
    return found
  }

  /// `/ TASS /.` or `(Reuters)`.
  mutating func source() -> String? {
    guard let open = at(), open == "/" || open == "(" else { return nil }
    let close: Unicode.Scalar = open == "/" ? "/" : ")"
    var end = index + 1
    while end < scalars.count, scalars[end] != close, end - index < 50 { end += 1 }
    guard end < scalars.count, scalars[end] == close else { return nil }
    let inner = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
    let name = inner.trimmingSpaces
    guard let first = name.unicodeScalars.first, first.isUppercaseLetter else { return nil }
    index = end + 1
    isSlashedSource = open == "/"
    if at() == "." { index += 1 }
    skipSpaces()
    return name
  }

  /// `-`, `–`, `—` or `:` and the spaces after it.
  mutating func separator() -> Bool {
    skipSpaces()
    guard let scalar = at(), scalar.isDashPunctuation || scalar == ":" else { return false }
    index += 1
    while let next = at(), next.isDashPunctuation { index += 1 }
    skipSpaces()
    return true
  }
}

extension String {
  /// The string without leading and trailing white space.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isSpaceOrNewline }),
      let last = scalars.lastIndex(where: { !$0.isSpaceOrNewline })
    else { return "" }
    return String(scalars[first...last])
  }
}

extension Substring {
  /// The text without leading and trailing white space.
  var trimmingSpaces: String { String(self).trimmingSpaces }
}
