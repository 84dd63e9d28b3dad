import BriefingKit
import Foundation
import Testing

struct SessionStoreTests {
  static func sample(_ title: String, _ body: String) -> AnalysedArticle {
    AnalysedArticle(
      article: Article(title: title, date: "2026-02-01", source: "Courier", paragraphs: [body]),
      quotes: [Quote(text: "we will", start: 1, end: 8, speaker: "Ana Lind", cue: "said")],
      topics: [Topic(name: "Ana Lind", kind: .person, score: 2, mentions: 3, aliases: ["Lind"])],
      summary: body)
  }

  static func temporaryPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("briefing-\(UUID()).session").path
  }

  @Test func idsAreAssignedInOrderAndNeverReused() throws {
    let store = try SessionStore()
    let first = try store.add([Self.sample("A", "one"), Self.sample("B", "two")])
    #expect(first.added == [1, 2])
    try store.drop(ids: [2])
    let second = try store.add([Self.sample("C", "three")])
    #expect(second.added == [3])
    #expect(try store.articles().map(\.article.id) == [1, 3])
  }

  @Test func theSameArticleIsNotAddedTwice() throws {
    let store = try SessionStore()
    _ = try store.add([Self.sample("A", "one")])
    let again = try store.add([Self.sample("A", "one"), Self.sample("A", "one")])
    #expect(again.added.isEmpty)
    #expect(again.duplicates.map(\.existingID) == [1, 1])
  }

  @Test func quotesGetStableIDsAndFollowTheirArticle() throws {
    let store = try SessionStore()
    _ = try store.add([Self.sample("A", "one"), Self.sample("B", "two")])
    #expect(try store.quotes().map(\.id) == ["1.1", "2.1"])
    #expect(try store.quotes(speaker: "lind").count == 2)
    #expect(try store.quotes(speaker: "100%").isEmpty)
    try store.drop(ids: [1])
    #expect(try store.quotes().map(\.id) == ["2.1"])
  }

  @Test func aReopenedSessionHasEverything() throws {
    let path = Self.temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
      let store = try SessionStore(path: path)
      _ = try store.add([Self.sample("A", "one")])
      try store.setField("title", to: "Brief")
      try store.addNote(MemoNote(text: "Likely", confidence: .high))
      _ = try store.addPin(Pin(kind: .quote, ref: "1.1"))
    }
    let reopened = try SessionStore(path: path)
    #expect(try reopened.articles().map(\.article.title) == ["A"])
    #expect(try reopened.article(id: 1).article.paragraphs == ["one"])
    #expect(try reopened.quote(id: "1.1").quote.speaker == "Ana Lind")
    #expect(try reopened.fields() == ["title": "Brief"])
    #expect(try reopened.notes() == [MemoNote(text: "Likely", confidence: .high)])
    #expect(try reopened.pins() == [Pin(kind: .quote, ref: "1.1")])
  }

  @Test func aFileThatIsNotASessionIsRefused() throws {
    let path = Self.temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data("just some notes, not a database\n".utf8).write(to: URL(fileURLWithPath: path))
    let error = #expect(throws: SessionError.self) { try SessionStore(path: path) }
    #expect(
      error?.description
        == "'\(path)' is not a briefing session file (or is damaged); open or name another file")
    #expect(
      try String(contentsOfFile: path, encoding: .utf8) == "just some notes, not a database\n")
  }

  @Test func aSessionFromANewerSchemaIsRefused() throws {
    let path = Self.temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    _ = try SessionStore(path: path)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sqlite3", path, "INSERT INTO grdb_migrations VALUES ('v99')"]
    guard (try? process.run()) != nil else { return }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return }
    #expect(throws: SessionError.newerSchema(path: path)) { try SessionStore(path: path) }
  }

  @Test func cancellingAnAddLeavesTheSessionAsItWas() throws {
    let store = try SessionStore()
    _ = try store.add([Self.sample("A", "one")])
    #expect(throws: CancellationError.self) {
      try store.add([Self.sample("B", "two"), Self.sample("C", "three")], isCancelled: { true })
    }
    #expect(try store.articles().map(\.article.title) == ["A"])
    #expect(try store.quotes().count == 1)
  }

  @Test func savingCopiesTheWholeSession() throws {
    let path = Self.temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let store = try SessionStore()
    _ = try store.add([Self.sample("A", "one")])
    try store.setField("to", to: "Desk")
    try store.save(to: path)
    let copy = try SessionStore(path: path)
    #expect(try copy.articleCount() == 1)
    #expect(try copy.fields()["to"] == "Desk")
  }

  @Test func savingRemovesWhatAKilledSaveLeftBehind() throws {
    let path = Self.temporaryPath()
    let stale = path + ".tmp-999999"
    defer {
      for file in [path, stale, stale + "-journal"] {
        try? FileManager.default.removeItem(atPath: file)
      }
    }
    guard kill(999_999, 0) != 0 else { return }
    for file in [stale, stale + "-journal"] {
      try Data("half a session".utf8).write(to: URL(fileURLWithPath: file))
    }
    let store = try SessionStore()
    _ = try store.add([Self.sample("A", "one")])
    try store.save(to: path)
    #expect(!FileManager.default.fileExists(atPath: stale))
    #expect(!FileManager.default.fileExists(atPath: stale + "-journal"))
    #expect(try SessionStore(path: path).articleCount() == 1)
  }
}
