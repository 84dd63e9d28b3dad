import Testing

@testable import BriefingKit

struct ArticleFormatTests {
  @Test(arguments: [
    ("a/b.TXT", "txt"), ("notes", ""), (".hidden", ""), ("x/.hidden", ""), ("dir.d/file", ""),
    ("a/b.tar.gz", "gz"), ("a.md/", "md"), ("a.md//", "md"), ("x/..", ""), ("a/b.", ""),
    ("/", ""), ("", ""), ("ä/b.Md", "md"), ("straße.JSONL", "jsonl"),
  ])
  func extensionIsTheLastComponents(path: String, expected: String) {
    #expect(ArticleFormat.pathExtension(path) == expected)
  }

  @Test(arguments: [("a/b.md", ArticleFormat.markdown), ("a/b.TXT", .plainText)])
  func extensionNamesTheFormat(path: String, expected: ArticleFormat) {
    #expect(ArticleFormat(path: path, text: "{\"title\": \"x\"}") == expected)
  }
}
