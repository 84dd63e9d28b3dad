/// A quotation mark as it appears in text: its family and which way its glyph points.
///
/// Families pair with each other whatever the glyph (`„…“`, `“…”`, `"…"`, `»…«` are all
/// ``Family/double``), because damaged text mixes them; the surrounding scalars decide whether
/// a mark opens or closes, and the glyph only breaks ties.
struct QuoteMark: Equatable {
  /// Marks that pair with one another.
  enum Family: UInt8 { case double, single, corner, whiteCorner }

  /// Which way the glyph itself points.
  enum Glyph: UInt8 { case opening, closing, either }

  /// What a mark does at one place in the text.
  enum Role: UInt8 { case open, close, either, none }

  var family: Family
  var glyph: Glyph
  /// True for `«`, `»`, `‹`, `›`, which French sets with spaces inside.
  var isGuillemet = false
  /// True for `„` and `‚`, which only ever open (German): a second one nests.
  var isLowNine = false

  /// The mark for a scalar value, or nil when it is not a quotation mark.
  init?(_ value: UInt32) {
    switch value {
    case 0x22, 0xFF02, 0x2033: (family, glyph) = (.double, .either)
    case 0x201C, 0x201E, 0x201F, 0xAB, 0x301D: (family, glyph) = (.double, .opening)
    case 0x201D, 0xBB, 0x301E: (family, glyph) = (.double, .closing)
    case 0x27: (family, glyph) = (.single, .either)
    case 0x2018, 0x201A, 0x201B, 0x2039: (family, glyph) = (.single, .opening)
    case 0x2019, 0x203A: (family, glyph) = (.single, .closing)
    case 0x300C: (family, glyph) = (.corner, .opening)
    case 0x300D: (family, glyph) = (.corner, .closing)
    case 0x300E: (family, glyph) = (.whiteCorner, .opening)
    case 0x300F: (family, glyph) = (.whiteCorner, .closing)
    default: return nil
    }
    isGuillemet = value == 0xAB || value == 0xBB || value == 0x2039 || value == 0x203A
    isLowNine = value == 0x201E || value == 0x201A
  }

  /// True when the scalar can be part of a word (`It's`, `O’Brien`).
  static func isApostrophe(_ value: UInt32) -> Bool {
    value == 0x27 || value == 0x2019 || value == 0x2018 || value == 0x2BC
  }

  /// Decides what the mark at `index` does from the scalars around it.
  ///
  /// A mark with a space before and a word after opens, one with a word before and a space or
  /// punctuation after closes (Markdown's flanking rule). Apostrophes inside words, `'90s`,
  /// a `"` between a digit and a word and the marks of markup attributes (`id="7"`) do neither;
  /// everything else falls back to the glyph.
  func role(at index: Int, length: Int = 1, in scalars: [Unicode.Scalar]) -> Role {
    let previous = index > 0 && index - 1 < scalars.count ? scalars[index - 1].value : 0x20
    let after = index + max(length, 1)
    let next = after >= 0 && after < scalars.count ? scalars[after].value : 0x20
    let spaceBefore = QuoteScalar.isSpace(previous)
    let spaceAfter = QuoteScalar.isSpace(next)
    let markBefore = QuoteMark(previous) != nil
    let markAfter = QuoteMark(next) != nil
    let left = !spaceAfter && (spaceBefore || markBefore || QuoteScalar.isOpening(previous))
    let right = !spaceBefore && (spaceAfter || markAfter || QuoteScalar.isTrailing(next))
    // Markup left in the text (`<tweet datetime="2016-07-05">`) quotes attribute values.
    if glyph == .either && (previous == 0x3D || next == 0x3E) { return .none }
    if family == .single {
      if QuoteScalar.isWord(previous) && QuoteScalar.isWord(next) { return .none }
      if left && !right && QuoteScalar.isDigit(next) { return .none }
    }
    // After a digit, `"` before a space or punctuation closes an open quote (`toward 13,000",
    // predicted`) and is an inch mark otherwise (`a 12" screen` with no quote open).
    if glyph == .either && QuoteScalar.isDigit(previous) && !left { return right ? .close : .none }
    if isGuillemet && glyph == .closing && spaceBefore && !QuoteScalar.isWord(next) {
      return .close
    }
    if isGuillemet && glyph == .opening && spaceAfter && !QuoteScalar.isWord(previous) {
      return .open
    }
    if left && !right { return glyph == .closing && !spaceBefore ? .close : .open }
    if right && !left { return glyph == .opening && markBefore ? .open : .close }
    switch glyph {
    case .opening: return .open
    case .closing: return .close
    case .either: return .either
    }
  }
}
