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
}
