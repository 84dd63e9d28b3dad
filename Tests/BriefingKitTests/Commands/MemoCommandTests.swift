import BriefingKit
import Foundation
import Testing

struct MemoCommandTests {
  static let files = [
    "news/a.txt":
      "Bridge reopens\n\n\"We found the corrosion early and fixed it,\" said Transport Secretary Idris Okafor on Monday. Traders were relieved.\n",
    "news/b.txt":
      "Port strike looms\n\n\"Our members have been patient for a year,\" said union secretary Dalia Moreno. Okafor urged talks.\n",
  ]

  @Test func fieldsNotesAndPinsShapeTheMemo() throws {
    var harness = try Harness(files: Self.files)
    let failures = harness.run(
      "load news", "set title Morning brief", "set subject Bridge and port",
      "note Strike likely --confidence moderate", "pin quote 2.1", "memo")
    #expect(failures == 0, "\(harness.errors)")
    #expect(harness.output.contains("# Morning brief"))
    #expect(harness.output.contains("Bridge and port"))
    #expect(harness.output.contains("Strike likely"))
    #expect(harness.output.contains("Our members have been patient for a year"))
    #expect(!harness.output.contains("We found the corrosion early"))
  }

  @Test func unknownFieldsAndValuesAreRefused() throws {
    var harness = try Harness()
    harness.run("set titel X")
    #expect(
      harness.errors.contains(
        "set: invalid value 'titel': not a memo field (did you mean 'title'?)"))
    harness.errors = ""
    harness.run("set max_quotes lots")
    #expect(harness.errors.contains("max_quotes takes a whole number"))
  }

  /// A date in numbers that is no calendar day is a typing slip; words are the analyst's own.
  @Test func aDateInNumbersMustBeARealDay() throws {
    var harness = try Harness()
    for slip in ["2026-13-05", "2026-02-29", "2026-11-31"] {
      harness.errors = ""
      #expect(harness.run("set date \(slip)", stopOnError: false) == 1)
      #expect(harness.errors.contains("set: invalid value '\(slip)': no such day"), "\(slip)")
    }
    #expect(harness.run("set date 2028-02-29", "set date 27 November, morning") == 0)
    harness.run("fields")
    #expect(harness.output.contains("27 November, morning"))
  }

  @Test func pinsNeedExistingItems() throws {
    var harness = try Harness(files: Self.files)
    harness.run("load news", "pin quote 9.9")
    #expect(harness.errors.contains("no quote with id '9.9'"))
    harness.errors = ""
    harness.run("pin article 1", "pin article 1", "pins")
    #expect(harness.errors.contains("article 1 is already pinned"))
    #expect(harness.output.contains("1. article 1. Bridge reopens"))
    harness.run("unpin article 1", "pins")
    #expect(harness.output.hasSuffix("nothing pinned; 'pin quote 1.1' pins a quote\n"))
  }

  @Test func notesAreNumberedAndDroppable() throws {
    var harness = try Harness()
    harness.run("note First", "note Second --confidence high", "note drop 1", "notes")
    #expect(harness.output == "1. Second (high confidence)\n")
    #expect(harness.run("note drop 5") == 1)
  }

  @Test func anUnwritableOutNamesThePathAndWritesNothing() throws {
    var harness = try Harness(files: Self.files)
    harness.run("load news", "memo --out /missing/memo.md")
    #expect(harness.errors.contains("cannot write '/missing/memo.md'"))
    #expect(harness.files.text(at: "/missing/memo.md") == nil)
  }

  @Test func anUnknownTemplateListsTheAvailableOnes() throws {
    var harness = try Harness()
    harness.run("memo --template nosuch")
    #expect(harness.errors.contains("nosuch"))
    #expect(harness.errors.contains("memo"))
    #expect(harness.errors.contains("digest"))
  }

  @Test func memoOutWritesTheFile() throws {
    var harness = try Harness(files: Self.files)
    harness.run("load news", "memo --template quotes --out sheet.md")
    #expect(harness.files.text(at: "sheet.md")?.contains("Dalia Moreno") == true)
  }

  @Test func pinnedTopicsBringTheirQuotesWhenNoQuoteIsPinned() throws {
    var files = Self.files
    files["news/c.txt"] =
      "Ferry fares\n\n\"Fares will stay where they are this winter,\" said ferry director Ines "
      + "Alvarez. \"Nobody asked the islanders what they need,\" said councillor Rhys Bowen.\n"
    var harness = try Harness(files: files)
    harness.run("load news", "set max_quotes 1", "pin topic Rhys Bowen", "memo")
    #expect(harness.output.contains("Nobody asked the islanders"), "\(harness.output)")
    #expect(!harness.output.contains("We found the corrosion early"), "\(harness.output)")
  }

  @Test func aSpeakerQuotedByTheSurnameIsNamedInFull() throws {
    var files = Self.files
    files["news/c.txt"] =
      "Bridge tolls\n\n\"Tolls will not rise this year,\" Okafor said on Friday.\n"
    var harness = try Harness(files: files)
    harness.run("load news", "pin quote 3.1", "memo")
    #expect(
      harness.output.contains("— **Idris Okafor**, Transport Secretary"), "\(harness.output)")
  }

  @Test func wordsGluedBeforeAPersonAreShownAsTheRole() throws {
    var files = Self.files
    files["news/c.txt"] = "Ferry talks\n\nAda Vance said on Friday that the island needs ferries.\n"
    files["news/d.txt"] =
      "Ferry fares\n\n\"Tolls will not rise,\" said Writer Ada Vance on Monday.\n"
    var harness = try Harness(files: files)
    harness.run("load news", "pin quote 4.1", "memo")
    #expect(harness.output.contains("— **Ada Vance**, Writer"), "\(harness.output)")
  }
}
