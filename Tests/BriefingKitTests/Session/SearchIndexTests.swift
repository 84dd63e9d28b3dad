import Foundation
import GRDB
import Testing

@testable import BriefingKit

/// The full-text index follows loads and drops, whenever the searches come.
struct SearchIndexTests {
  static func item(_ title: String, _ body: String) -> AnalysedArticle {
    AnalysedArticle(
      article: Article(title: title, paragraphs: [body]), quotes: [], topics: [], summary: "")
  }

  @Test func articlesLoadedBetweenSearchesAreFound() throws {
    let store = try SessionStore()
    _ = try store.add([Self.item("Ferry", "The ferry sailed at dawn.")])
    #expect(try store.search("ferry").map(\.articleID) == [1])
    _ = try store.add([Self.item("Second ferry", "Another ferry was late.")])
    #expect(Set(try store.search("ferry").map(\.articleID)) == [1, 2])
  }

  @Test func droppedArticlesLeaveTheIndexWhetherIndexedOrNot() throws {
    let store = try SessionStore()
    _ = try store.add([Self.item("Ferry", "The ferry sailed."), Self.item("Dock", "Ferry dock.")])
    #expect(try store.search("ferry").count == 2)
    try store.drop(ids: [1])  // indexed
    _ = try store.add([Self.item("Late ferry", "A ferry was late.")])
    try store.drop(ids: [3])  // never indexed
    #expect(try store.search("ferry").map(\.articleID) == [2])
    try store.clear()
    #expect(try store.search("ferry").isEmpty)
    _ = try store.add([Self.item("New ferry", "A new ferry.")])
    #expect(try store.search("ferry").map(\.articleID) == [4])
  }

  @Test func indexingDoesNotInvalidateTheSessionCaches() throws {
    let store = try SessionStore()
    _ = try store.add([Self.item("Ferry", "The ferry sailed.")])
    let before = try store.generation()
    _ = try store.search("ferry")
    #expect(try store.generation() == before)
  }

  @Test func aVersionThreeSessionKeepsItsIndexAndFollowsDrops() throws {
    let path = SessionStoreTests.temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    try StorageLayoutTests.writeSession(at: path, schema: "v3") { db in
      for (hash, title) in [("h1", "Ferry one"), ("h2", "Ferry two")] {
        try db.execute(
          sql: """
            INSERT INTO article (hash, title, authors, language, tags, paragraphs, text, words,
              summary, loaded_at) VALUES (?, ?, '', 'en', '', '', 'A ferry.', 2, '', 'now')
            """, arguments: [hash, title])
      }
    }
    let store = try SessionStore(path: path)
    #expect(Set(try store.search("ferry").map(\.articleID)) == [1, 2])
    try store.drop(ids: [1])
    #expect(try store.search("ferry").map(\.articleID) == [2])
  }
}
