/// Splits text into ``WordToken``s in one pass over its Unicode scalars.
///
/// Words are runs of letters, digits and marks; inner apostrophes, hyphens and the dots of
/// `U.S.` stay inside a word, a possessive `'s` is cut off and flagged, and French or Italian
/// elisions (`l'ISS`) become two words. Sentence ends are `.`, `!`, `?`, `…`, `;` and line breaks,
/// except after known abbreviations (`Mr.`, `Va.`) and initials.
struct WordScanner {
  var result = ScannedText()
  private var surfaceIDs = ByteInterner()
  private var lowerIDs = ByteInterner()
  private var lowerBuffer: [UInt8] = []
  var buffer: [UInt8] = []
  let abbreviations: Set<String>
  private let lexicon: TopicLexicon
  var pending: WordToken.Flags = [.sentenceStart, .breakBefore]
  var sentence: Int32 = 0
  var sentenceHasWords = false

  private static let elisions: Set<String> = [
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quelqu",
    "dell", "dall", "nell", "sull", "all", "un",
  ]

  /// Scans the headline and then the body of `article`.
  static func scan(_ article: Article, lexicon: TopicLexicon = .shared) -> ScannedText {
    var scanner = WordScanner(lexicon: lexicon)
    scanner.scan(Array(article.title.unicodeScalars), headline: true)
    scanner.result.bodyStart = scanner.result.tokens.count
    scanner.scan(Array(article.text.unicodeScalars), headline: false)
    scanner.result.sentenceCount = Int(scanner.sentence) + (scanner.sentenceHasWords ? 1 : 0)
    return scanner.result
  }

  private init(lexicon: TopicLexicon) {
    self.lexicon = lexicon
    abbreviations = lexicon.abbreviations
    buffer.reserveCapacity(64)
  }

  private mutating func scan(_ scalars: [Unicode.Scalar], headline: Bool) {
    pending = [.sentenceStart, .breakBefore]
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if Self.isWordScalar(scalar) {
        index = readWord(scalars, from: index, headline: headline)
        continue
      }
      switch scalar.value {
      case 0x0A, 0x0D, 0x2029, 0x2028: endSentence()
      case 0x2E, 0x21, 0x3F, 0x2026, 0x3B: endSentence()
      case 0x20, 0x09, 0xA0, 0x2000...0x200A, 0x202F, 0x3000, 0xAD, 0x200B...0x200D: break
      case 0x22, 0x27, 0x3A, 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A:
        pending.formUnion([.breakBefore, .sentenceStart])
      default: pending.insert(.breakBefore)
      }
      index += 1
    }
    if headline { endSentence() }
  }

  private mutating func endSentence() {
    if sentenceHasWords {
      sentence += 1
      sentenceHasWords = false
    }
    pending = [.sentenceStart, .breakBefore]
  }

  /// Reads one word starting at `start`, appends its token, and returns the index after it.
  private mutating func readWord(_ scalars: [Unicode.Scalar], from start: Int, headline: Bool)
    -> Int
  {
    buffer.removeAll(keepingCapacity: true)
    var index = start
    var wordStart = start
    var segment = 0
    var flags: WordToken.Flags = []
    var letters = 0
    var upper = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if Self.isWordScalar(scalar) {
        if Self.isDigit(scalar) {
          flags.insert(.hasDigit)
        } else if Self.isLetter(scalar) {
          if Self.isUpper(scalar) {
            upper += 1
            if letters == 0 { flags.insert(.capitalised) }
          }
          letters += 1
        }
        append(scalar)
        segment += 1
        index += 1
        continue
      }
      let next = index + 1 < scalars.count ? scalars[index + 1] : " "
      switch scalar.value {
      case 0x27, 0x2019, 0x02BC:
        guard Self.isLetter(next) else { break }
        let afterNext = index + 2 < scalars.count ? scalars[index + 2] : " "
        if (next == "s" || next == "S") && !Self.isWordScalar(afterNext) {
          flags.insert(.possessive)
          index += 2
          return finishWord(scalars, start: wordStart, end: index - 2, next: index,
            flags: flags, letters: letters, upper: upper, headline: headline)
        }
        if Self.elisions.contains(String(decoding: buffer, as: UTF8.self).lowercased()) {
          _ = finishWord(scalars, start: wordStart, end: index, next: index + 1,
            flags: flags, letters: letters, upper: upper, headline: headline)
          buffer.removeAll(keepingCapacity: true)
          (flags, letters, upper, segment, wordStart) = ([], 0, 0, 0, index + 1)
          index += 1
          continue
        }
        buffer.append(0x27)
        segment = 0
        index += 1
        continue
      case 0x2D, 0x2010, 0x2011:
        guard Self.isWordScalar(next) else { break }
        buffer.append(0x2D)
        segment = 0
        index += 1
        continue
      case 0x2E:
        let isDotted = segment <= 2 && letters > 0 && Self.isLetter(next)
        let isDecimal = Self.isDigit(next) && flags.contains(.hasDigit) && letters == 0
        if isDotted || isDecimal {
          buffer.append(0x2E)
          segment = 0
          index += 1
          continue
        }
        if segment == 1 && buffer.contains(0x2E) {
          buffer.append(0x2E)
          index += 1
          return finishWord(scalars, start: wordStart, end: index, next: index,
            flags: flags, letters: letters, upper: upper, headline: headline)
        }
      case 0xAD, 0x200B...0x200D:
        index += 1
        continue
      default: break
      }
      break
    }
    return finishWord(scalars, start: wordStart, end: index, next: index, flags: flags,
      letters: letters, upper: upper, headline: headline)
  }

  private mutating func append(_ scalar: Unicode.Scalar) {
    if scalar.value < 0x80 {
      buffer.append(UInt8(truncatingIfNeeded: scalar.value))
    } else {
      UTF8.encode(scalar) { buffer.append($0) }
    }
  }

  /// The ids of the surface form in `buffer` and of its lowercased form, adding them if new.
  mutating func intern() -> (surface: Int32, lower: Int32) {
    let (id, isNew) = surfaceIDs.intern(buffer)
    guard isNew else { return (id, result.lowerOfSurface[Int(id)]) }
    let surface = String(decoding: buffer, as: UTF8.self)
    result.surfaces.append(surface)
    if buffer.allSatisfy({ $0 < 0x80 }) {
      lowerBuffer.removeAll(keepingCapacity: true)
      for byte in buffer { lowerBuffer.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte) }
    } else {
      lowerBuffer = Array(surface.lowercased().utf8)
    }
    let (lower, isNewLower) = lowerIDs.intern(lowerBuffer)
    if isNewLower {
      result.lowers.append(String(decoding: lowerBuffer, as: UTF8.self))
      result.classes.append(lexicon.classes(ofUTF8: lowerBuffer))
    }
    result.lowerOfSurface.append(lower)
    return (id, lower)
  }

  mutating func appendToken(_ token: WordToken) {
    result.tokens.append(token)
  }
}
