import Testing

@testable import BriefingKit

struct InterpreterTests {
  @Test func commandNamesAreUnique() {
    let names = CommandRegistry.all.map { $0.name }
    #expect(Set(names).count == names.count)
  }

  @Test func everyCommandHasUsageAndAbstract() {
    for command in CommandRegistry.all {
      #expect(command.usage.hasPrefix(command.name), "\(command.name)")
      #expect(!command.abstract.isEmpty, "\(command.name)")
    }
  }

  @Test(arguments: [
    ("lod", "load"), ("qoutes", "quotes"), ("tpics", "topics"), ("memmo", "memo"),
    ("artcles", "articles"), ("srch", "search"),
  ])
  func suggestsTheNearestCommand(typo: String, command: String) throws {
    var harness = try Harness()
    harness.run(typo)
    #expect(
      harness.errors
        == "test.brief:1: error: unknown command '\(typo)'; did you mean '\(command)'?\n")
  }

  @Test func farOffWordsGetNoSuggestion() throws {
    var harness = try Harness()
    harness.run("xyzzyplugh")
    #expect(harness.errors.contains("unknown command 'xyzzyplugh'; type 'help' for the commands"))
  }

  @Test func helpListsEveryCommand() throws {
    var harness = try Harness()
    harness.run("help")
    for command in CommandRegistry.all {
      #expect(harness.output.contains("  \(command.name) "), "\(command.name)")
    }
  }

  @Test func helpForOneCommandGivesUsageAndExample() throws {
    var harness = try Harness()
    harness.run("help quotes")
    #expect(harness.output.hasPrefix("usage: quotes [ID...] [--speaker NAME]"))
    #expect(harness.output.contains("Example:"))
  }

  @Test(arguments: ["memo --help", "quotes -h", "load --help x.txt"])
  func helpOptionExplainsTheCommand(line: String) throws {
    var harness = try Harness()
    harness.run(line)
    let name = line.split(separator: " ")[0]
    #expect(harness.errors.isEmpty, "\(harness.errors)")
    #expect(harness.output.hasPrefix("usage: \(name)"), "\(harness.output)")
  }

  @Test func wrongArgumentsPrintTheUsage() throws {
    var harness = try Harness()
    harness.run("articles --bogus")
    #expect(harness.errors.contains("articles: unknown option '--bogus'"))
    #expect(harness.errors.contains("usage: articles [--json]"))
  }

  @Test func badNumbersAreNamed() throws {
    var harness = try Harness()
    harness.run("topics --limit many")
    #expect(harness.errors.contains("topics: invalid value 'many': --limit takes a whole number"))
  }
}
