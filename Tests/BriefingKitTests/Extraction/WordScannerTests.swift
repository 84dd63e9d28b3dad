import Testing

@testable import BriefingKit

/// The scanner interns lowercased forms only and reads written forms back from the text.
struct WordScannerTests {
  func scan(_ body: String, title: String = "") -> ScannedText {
    WordScanner.scan(Article(title: title, language: "en", paragraphs: [body]))
  }

  @Test func capitalisedAndLowercaseWordsShareOneFormButKeepTheirSpelling() throws {
    let text = scan("NATO met. Nato and nato agreed.")
    let words = text.tokens.filter { text.lower(of: $0) == "nato" }
    try #require(words.count == 3)
    #expect(Set(words.map(\.lower)).count == 1)
    #expect(words.map { text.surface(of: $0) } == ["NATO", "Nato", "nato"])
  }

  @Test func normalisedWordsAreReadFromTheirOwnBytes() {
    let text = scan("O’Brien wrote a co\u{AD}operation plan in the Ré\u{AD}gion.", title: "Big Day")
    let written = text.tokens.map { text.surface(of: $0) }
    #expect(written.contains("O'Brien"), "\(written)")
    #expect(written.contains("cooperation"), "\(written)")
    #expect(written.contains("Région"), "\(written)")
    #expect(Array(written.prefix(2)) == ["Big", "Day"], "\(written)")
    #expect(text.lower(of: text.tokens[text.bodyStart]) == "o'brien")
  }

  @Test func nonASCIIWordsAreLoweredThroughTheirScalars() {
    let text = scan("ÉCOLE and école; МОСКВА and Москва.")
    let lowers = Set(text.tokens.map { text.lower(of: $0) })
    #expect(lowers.isSuperset(of: ["école", "москва", "and"]), "\(lowers)")
    #expect(text.lowerCount == 3, "\(lowers)")
  }

  @Test func internedIDsAreStableAndLookupsFindThem() {
    var table = ByteInterner(capacity: 2)
    let words = (0..<100).map { "Word\($0)" }
    let ids = words.map { word in
      Array(word.utf8).withUnsafeBufferPointer { table.intern(lowercasingASCII: $0).id }
    }
    #expect(ids == (0..<100).map(Int32.init))
    for (word, id) in zip(words, ids) {
      #expect(table.find(Array(word.lowercased().utf8)) == id)
      #expect(table.string(of: id) == word.lowercased())
    }
    let again = Array("WORD7".utf8).withUnsafeBufferPointer { table.intern(lowercasingASCII: $0) }
    #expect(again.id == 7 && !again.isNew)
  }

  /// Words of every length up to 20 bytes are lowered and compared eight or four bytes at a
  /// time: only ASCII capitals change, whatever bytes surround them (`@` and `[` border `A`
  /// and `Z`; 0xC1 and 0xDA are `A` and `Z` with the top bit set).
  @Test(arguments: 1...20)
  func chunkedLoweringChangesOnlyASCIICapitals(length: Int) {
    let alphabet: [UInt8] = [0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0xC1, 0xDA, 0x4D, 0x30]
    var table = ByteInterner(capacity: 4)
    var seen: Set<[UInt8]> = []
    for shift in 0..<alphabet.count {
      let word = (0..<length).map { alphabet[($0 * 7 + shift) % alphabet.count] }
      let lowered = word.map { (byte: UInt8) in ByteInterner.lowered(byte) }
      let (id, isNew) = word.withUnsafeBufferPointer { table.intern(lowercasingASCII: $0) }
      // `A` and `a` alone are one form.
      #expect(isNew == seen.insert(lowered).inserted)
      #expect(Array(table.bytes(of: id)) == lowered)
      // The same word found again, written as it was and lowered; a byte changed is not it.
      let again = word.withUnsafeBufferPointer { table.intern(lowercasingASCII: $0) }
      #expect(again.id == id && !again.isNew)
      #expect(table.find(lowered) == id)
      var other = lowered
      other[length - 1] ^= 0x01
      #expect(table.find(other) != id)
    }
  }

  /// Plain words are read two bytes at a time: a word of odd or even length ends in the right
  /// place at the end of the text, before a space and before punctuation, with its capitals
  /// and digits counted.
  @Test(arguments: 1...7)
  func plainWordsOfEveryLengthEndInPlace(length: Int) throws {
    let word = String("NaTo42x".prefix(length))
    for text in [word, "\(word) next", "\(word), next", "so \(word)"] {
      let scanned = scan(text)
      let token = try #require(scanned.tokens.first { scanned.surface(of: $0) == word })
      #expect(scanned.lower(of: token) == word.lowercased())
      #expect(token.end - token.start == length)
      #expect(token.flags.contains(.hasDigit) == (length >= 5))
      #expect(token.flags.contains(.allCaps) == (length == 1 ? false : word == word.uppercased()))
    }
  }

  @Test func capitalsAndDigitsOfPlainWordsAreFlagged() {
    let text = scan("iPhone 3D NATO A1B2 2024 x")
    let flags = text.tokens.map(\.flags)
    #expect(flags.count == 6)
    #expect(!flags[0].contains(.capitalised) && flags[0].contains(.hasLetter))
    // The first letter decides, even after a digit.
    #expect(flags[1].contains(.capitalised) && flags[1].contains(.hasDigit))
    #expect(flags[2].contains(.allCaps) && !flags[2].contains(.hasDigit))
    #expect(flags[3].contains(.allCaps) && flags[3].contains(.hasDigit))
    #expect(flags[4].contains(.hasDigit) && !flags[4].contains(.hasLetter))
    #expect(!flags[5].contains(.allCaps) && !flags[5].contains(.capitalised))
  }

  @Test func aWordLongerThanThePackedCountsIsCountedExactly() {
    // Over 2^21 capitals would overflow the packed count of capitals into that of digits.
    let long = String(repeating: "A", count: 1 << 21) + "b"
    let text = scan("\(long) \(String(repeating: "7", count: 1 << 21))")
    #expect(text.tokens.count == 2)
    #expect(text.tokens.first?.flags.contains(.capitalised) == true)
    #expect(text.tokens.first?.flags.contains(.allCaps) == false)
    #expect(text.tokens.first?.flags.contains(.hasDigit) == false)
    #expect(text.tokens.last?.flags.contains(.hasLetter) == false)
    #expect(text.tokens.last?.flags.contains(.hasDigit) == true)
  }

  /// A title that opens the body, whole or cut with `…`, is no headline. Most titles are told
  /// apart by their first ASCII bytes; characters are compared when the bytes cannot tell
  /// (canonically equivalent accents, a line break of two scalars).
  @Test(arguments: [
    ("The council met today", "The council met today and agreed.", true),
    ("The council met…", "The council met today.", true),
    ("Council meets", "The council met today.", false),
    ("The council met again", "The council met today.", false),
    ("Cafe\u{301} owners protest", "Café owners protest the rent.", true),
    ("Cafe owners protest", "Cafe\u{301} owners protest the rent.", false),
    ("Line one\rand more words", "Line one\r\nand more words.", false),
    ("Short", "Short story.", false),
    ("", "A body.", false),
    ("A title of words", "", false),
  ])
  func titleRepeatingTheBodyIsNoHeadline(title: String, body: String, repeats: Bool) {
    let article = Article(title: title, language: "en", paragraphs: [body])
    #expect(WordScanner.repeatsBody(article) == repeats)
  }

  @Test func bytesSettleOnlyADifferenceBetweenASCIICharacters() {
    #expect(WordScanner.differsEarly("Council meets".utf8, "The council".utf8))
    #expect(WordScanner.differsEarly("The council met again".utf8, "The council met today".utf8))
    #expect(!WordScanner.differsEarly("Cafe\u{301}".utf8, "Café".utf8))
    #expect(!WordScanner.differsEarly("one\rand".utf8, "one\r\nand".utf8))
    #expect(!WordScanner.differsEarly("The council".utf8, "The council met".utf8))
  }

  /// Every form has its classes, those added before a full stop (looked up at once) and after;
  /// only a form in another script is non-Latin.
  @Test func everyFormHasClassesAndOtherScriptsAreNonLatin() throws {
    let text = scan("The Москва team met. École and the ΑΘΗΝΑ office agreed with Paris")
    #expect(text.classes.count == text.lowerCount)
    func classes(of word: String) throws -> TopicWordClass {
      let token = try #require(text.tokens.first { text.lower(of: $0) == word })
      return text.classes(of: token)
    }
    #expect(try classes(of: "москва").contains(.nonLatin))
    #expect(try classes(of: "αθηνα").contains(.nonLatin))
    #expect(try !classes(of: "école").contains(.nonLatin))
    #expect(try !classes(of: "paris").contains(.nonLatin))
    #expect(try !classes(of: "the").isDisjoint(with: .anyStopword))
  }
}
