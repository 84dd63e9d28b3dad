/// Splits text into ``WordToken``s in one pass over its UTF-8 bytes.
///
/// Words are runs of letters, digits and marks; inner apostrophes, hyphens and the dots of
/// `U.S.` stay inside a word, a possessive `'s` is cut off and flagged, and French or Italian
/// elisions (`l'ISS`) become two words. Sentence ends are `.`, `!`, `?`, `…`, `;` and line breaks,
/// except after known abbreviations (`Mr.`, `Va.`) and initials. Offsets count Unicode scalars;
/// a word's bytes are read in place and copied only when a curly apostrophe or a soft hyphen
/// must be normalised.
struct WordScanner {
  /// A position in the text: its byte index and its Unicode scalar offset.
  struct Cursor {
    var byte: Int
    var scalar: Int
  }

  /// What is known about the word being read.
  struct Word {
    var start: Cursor
    var flags: WordToken.Flags = []
    var letters = 0
    var upper = 0
    /// Word scalars since the start or the last inner `.`, `'` or `-`.
    var segment = 0
    var hasDot = false
    /// The word's bytes differ from the text's and are collected in `buffer`.
    var isCopied = false
    /// Every scalar of the word is ASCII.
    var isASCII = true
    /// The lowered hash of the word's first bytes, up to `hashEnd`: when that is the whole
    /// word, interning needs no second pass over it.
    var hash = ByteInterner.Hash()
    var hashEnd = -1
  }

  var result: ScannedText
  private var lowerBuffer: [UInt8] = []
  var buffer: [UInt8] = []
  /// The lexicon's classes of words, looked up per new lowercased form.
  let classTable: WordClassTable
  var pending = Self.opening
  var sentence: Int32 = 0
  var sentenceHasWords = false
  /// A `@`, `#` or `/` was stepped over since the last ``markLinkWords(in:from:)``: the text
  /// may hold a handle, a hashtag or a web address.
  var sawLinkMark = false
  /// Lowercased forms below this id have their lexicon classes; later ones wait for a batch.
  var resolvedClasses = 0
  /// What ``WordClassTable/touch(hash:)`` returned, kept so that its loads are not dropped.
  var touched: UInt64 = 0

  /// The flags of a word that opens a sentence, a quotation or a clause, built from the raw
  /// values: the literal `[.sentenceStart, .breakBefore]` was built from an array on the heap
  /// each time it was read (22,000 quotation marks over the BBC set).
  static let opening = WordToken.Flags(
    rawValue: WordToken.Flags.sentenceStart.rawValue | WordToken.Flags.breakBefore.rawValue)

  static let elisions: Set<String> = [
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quelqu",
    "dell", "dall", "nell", "sull", "all", "un",
  ]

  /// Scans the headline and then the body of `article`.
  static func scan(_ article: Article, classes: WordClassTable = .shared) -> ScannedText {
    // About one new word per ten bytes of news text: tables sized for that rarely grow.
    let expectedWords = (article.title.utf8.count + article.text.utf8.count) / 10
    var scanner = WordScanner(classTable: classes, expectedWords: expectedWords)
    // A title made from the first sentence (a file without a headline) is no headline: its
    // words would count twice and as prominent.
    var title = repeatsBody(article) ? "" : article.title
    title.withUTF8 { headline in
      scanner.scan(headline, headline: true)
      if scanner.sawLinkMark { scanner.markLinkWords(in: headline, from: 0) }
    }
    scanner.result.bodyStart = scanner.result.tokens.count
    var text = article.text
    text.withUTF8 { body in
      scanner.scan(body, headline: false)
      if scanner.sawLinkMark { scanner.markLinkWords(in: body, from: scanner.result.bodyStart) }
    }
    scanner.resolveClasses()
    scanner.findCuedSentences()
    scanner.result.headline = title
    scanner.result.body = text
    scanner.result.sentenceCount = Int(scanner.sentence) + (scanner.sentenceHasWords ? 1 : 0)
    return scanner.result
  }

  /// True when the title is the start of the body, shortened (`…`) or not.
  static func repeatsBody(_ article: Article) -> Bool {
    // Most titles differ from the body within a few ASCII bytes: settled there, without
    // comparing characters (about 4,000 instructions an article).
    if differsEarly(article.title.utf8, article.text.utf8) { return false }
    var title = Substring(article.title)
    if title.hasSuffix("…") { title = title.dropLast() }
    // Eight characters are counted, not the whole title's.
    return title.prefix(8).count == 8 && article.text.hasPrefix(title)
  }

  /// True when `title` cannot start `text`, told from their bytes: the first byte where they
  /// differ is ASCII in both, with the same ASCII bytes before it and no carriage return just
  /// before it. Each string then starts a character there (only CR LF joins two ASCII scalars),
  /// and characters starting with different ASCII scalars are never canonically equivalent.
  /// False when the bytes cannot tell (non-ASCII first, or one string ends first).
  static func differsEarly(_ title: String.UTF8View, _ text: String.UTF8View) -> Bool {
    var previous: UInt8 = 0
    for (one, other) in zip(title, text) {
      guard one < 0x80, other < 0x80 else { return false }
      if one != other { return previous != 0x0D }
      previous = one
    }
    return false
  }

  private init(classTable: WordClassTable, expectedWords: Int) {
    self.classTable = classTable
    result = ScannedText(lowerTable: ByteInterner(capacity: max(expectedWords, 32)))
    buffer.reserveCapacity(64)
    result.tokens.reserveCapacity(max(expectedWords * 2, 32))
    result.classes.reserveCapacity(max(expectedWords, 32))
  }

  /// Per byte value, what the byte adds to a word of ASCII letters and digits: 0 for any other
  /// byte, else a marker bit, plus 1 for a capital and 1 << 21 for a digit, so that a word's
  /// capitals and digits are counted by adding, without a branch per kind of byte.
  static let byteKinds: [UInt64] = (0..<256).map { value in
    let marker: UInt64 = 1 << 42
    switch value {
    case 0x61...0x7A: return marker
    case 0x41...0x5A: return marker | 1
    case 0x30...0x39: return marker | 1 << 21
    default: return 0
    }
  }

  private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, headline: Bool) {
    Self.byteKinds.withUnsafeBufferPointer { scan(bytes, kinds: $0, headline: headline) }
  }

  private mutating func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, kinds: UnsafeBufferPointer<UInt64>, headline: Bool
  ) {
    pending = Self.opening
    var cursor = Cursor(byte: 0, scalar: 0)
    while cursor.byte < bytes.count {
      if bytes[cursor.byte] == 0x20 {
        cursor.byte += 1
        cursor.scalar += 1
        continue
      }
      let byte = bytes[cursor.byte]
      // Words are read at one call site, so that reading them is inlined here.
      if byte < 0x80 {
        guard kinds[Int(byte)] != 0 else {
          if byte == 0x26 && isNameAmpersand(bytes, at: cursor.byte) {
            appendAmpersand(bytes, at: cursor, headline: headline)
          } else {
            step(over: Unicode.Scalar(byte))
          }
          cursor.byte += 1
          cursor.scalar += 1
          continue
        }
      } else {
        let (scalar, length) = Self.decode(bytes, at: cursor.byte)
        guard Self.isWordScalar(scalar) else {
          step(over: scalar)
          cursor.byte += length
          cursor.scalar += 1
          continue
        }
      }
      cursor = readWord(bytes, kinds, from: cursor, headline: headline)
    }
    if headline { endSentence() }
  }

  /// True when the `&` at byte `index` stands between two capitalised words with a space on
  /// each side and nothing else since the word before (`Procter & Gamble`, `Marks & Spencer`):
  /// it joins one name. (`AT&T`, written without spaces, is one word.)
  private func isNameAmpersand(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index > 0, index + 2 < bytes.count, bytes[index - 1] == 0x20, bytes[index + 1] == 0x20,
      pending.isEmpty, let last = result.tokens.last, last.flags.contains(.capitalised),
      !last.flags.contains(.possessive)
    else { return false }
    var next = index + 1
    while next < bytes.count && bytes[next] == 0x20 { next += 1 }
    return next < bytes.count && bytes[next] >= 0x41 && bytes[next] <= 0x5A
  }

  /// Appends the `&` at `cursor` as a word of its own: a connector inside a name
  /// (``CueData/connectors``), with no letter, so never part of a key phrase.
  private mutating func appendAmpersand(
    _ bytes: UnsafeBufferPointer<UInt8>, at cursor: Cursor, headline: Bool
  ) {
    let lower = lowerID(
      UnsafeBufferPointer(rebasing: bytes[cursor.byte..<cursor.byte + 1]), isASCII: true)
    result.tokens.append(
      WordToken(
        start: cursor.scalar, end: cursor.scalar + 1,
        byteStart: Int32(truncatingIfNeeded: cursor.byte), byteCount: 1, lower: lower,
        sentence: headline ? -1 : sentence, flags: headline ? [.headline] : []))
  }

  /// Notes what a scalar between words does: end a sentence, open a clause, or break a name.
  @inline(__always)
  private mutating func step(over scalar: Unicode.Scalar) {
    switch scalar.value {
    case 0x0A, 0x0D, 0x2029, 0x2028: endSentence()
    case 0x2E, 0x21, 0x3F, 0x2026, 0x3B: endSentence()
    case 0x20, 0x09, 0xA0, 0x2000...0x200A, 0x202F, 0x3000, 0xAD, 0x200B...0x200D: break
    case 0x22, 0x27, 0x3A, 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A:
      pending.formUnion(Self.opening)
    case 0x23, 0x2F, 0x40:
      pending.formUnion(.breakBefore)
      sawLinkMark = true
    default: pending.formUnion(.breakBefore)
    }
  }

  private mutating func endSentence() {
    if sentenceHasWords {
      sentence += 1
      sentenceHasWords = false
    }
    pending = Self.opening
  }

  /// The id of a word's lowercased form, adding it (and its lexicon classes) if new.
  ///
  /// ASCII words are lowered while they are hashed, with no copy; others go through `String`.
  /// Words hashed as they were read take ``lowerID(hashed:hash:hasCapitals:isASCII:)``.
  @inline(__always)
  mutating func lowerID(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> Int32 {
    let (id, isNew): (Int32, Bool)
    if isASCII {
      (id, isNew) = result.lowerTable.intern(lowercasingASCII: bytes)
    } else {
      lowerBuffer.removeAll(keepingCapacity: true)
      lowerBuffer.append(contentsOf: String(decoding: bytes, as: UTF8.self).lowercased().utf8)
      (id, isNew) = result.lowerTable.intern(lowerBuffer)
    }
    if isNew { addClasses(of: id, bytes, isASCII: isASCII) }
    return id
  }

  /// ``lowerID(_:isASCII:)`` for bytes whose ASCII-lowered ``ByteInterner`` hash was taken
  /// while they were read (`hash`): most words. A word without capitals (`hasCapitals` false,
  /// most of them) is its own lowercased form: it is compared and stored as it is, with nothing
  /// lowered byte by byte.
  @inline(__always)
  mutating func lowerID(
    hashed bytes: UnsafeBufferPointer<UInt8>, hash: UInt32, hasCapitals: Bool, isASCII: Bool
  ) -> Int32 {
    let (id, isNew) =
      hasCapitals
      ? result.lowerTable.intern(lowercasingASCII: bytes, hash: hash)
      : result.lowerTable.intern(bytes, hash: hash)
    if isNew { addClasses(of: id, bytes, isASCII: isASCII) }
    return id
  }

  /// Notes the script of the new lowercased form `id`, written `bytes` in the text; its
  /// lexicon classes are looked up later, in a batch (``resolveClasses()``), which also adds
  /// the entries of the forms that need none here: most new forms are Latin, and appending
  /// their empty classes one at a time cost an array append per new form.
  @inline(__always)
  private mutating func addClasses(
    of id: Int32, _ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool
  ) {
    // Lead bytes from 0xCD on start scalars from U+0340; Greek (U+0370) and later are not Latin.
    guard !isASCII, let first = result.lowerTable.withBytes(of: id, { $0.first }), first >= 0xCD,
      Self.decode(bytes, at: 0).scalar.value >= 0x370
    else { return }
    padClasses(to: Int(id))
    result.classes.append(.nonLatin)
  }

  /// Gives the forms up to `count` (exclusive) that have no classes entry yet an empty one.
  private mutating func padClasses(to count: Int) {
    let missing = count - result.classes.count
    if missing > 0 { result.classes.append(contentsOf: repeatElement([], count: missing)) }
  }

  /// Adds the lexicon classes of every lowercased form not looked up yet.
  ///
  /// The forms' index slots and entries are first touched all together, so their cache misses
  /// overlap; the lookups then find them in the cache.
  @inline(never)
  mutating func resolveClasses() {
    let end = result.lowerTable.count
    guard resolvedClasses < end else { return }
    let table = classTable
    let (start, lowers) = (resolvedClasses, result.lowerTable)
    // The forms are read in one borrow of the form table, not looked up one id at a time.
    var touched = self.touched
    lowers.forEachEntry(in: start..<end) { _, _, hash in touched &+= table.touch(hash: hash) }
    self.touched = touched
    padClasses(to: end)
    // The classes are written through their buffer: through the array, each paid a
    // uniqueness check.
    result.classes.withUnsafeMutableBufferPointer { classes in
      lowers.forEachEntry(in: start..<min(end, classes.count)) { id, bytes, hash in
        classes[id].formUnion(table.classes(of: bytes, hash: hash))
      }
    }
    resolvedClasses = end
  }

  /// Lists the body sentences that hold a topic cue, once every word's classes are known.
  mutating func findCuedSentences() {
    // Through buffers: a bounds check per body token was most of the pass.
    var cued: [Int32] = []
    result.tokens.withUnsafeBufferPointer { tokens in
      result.classes.withUnsafeBufferPointer { classes in
        for token in tokens[result.bodyStart...]
        where classes[Int(token.lower)].contains(.topicCue) {
          cued.append(token.sentence)
        }
      }
    }
    result.cuedSentences.append(contentsOf: cued)
  }
}
