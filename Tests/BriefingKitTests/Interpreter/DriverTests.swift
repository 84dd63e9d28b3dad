import BriefingKit
import Foundation
import Testing

struct DriverTests {
  @Test func stopsAtTheFirstErrorAndNamesTheLine() throws {
    var harness = try Harness()
    let failures = harness.run("set title One", "# a comment", "", "bogus", "set title Two")
    #expect(failures == 1)
    #expect(
      harness.errors
        == "test.brief:4: error: unknown command 'bogus'; type 'help' for the commands\n")
    #expect(try harness.driver.context.store.fields()["title"] == "One")
  }

  @Test func keepGoingRunsEverythingAndCountsFailures() throws {
    var harness = try Harness()
    let failures = harness.run("bogus", "set title Two", "drop 99", stopOnError: false)
    #expect(failures == 2)
    #expect(harness.errors.contains("test.brief:1: error:"))
    #expect(harness.errors.contains("test.brief:3: error: no article with id 99"))
    #expect(try harness.driver.context.store.fields()["title"] == "Two")
  }

  @Test func nestedSourceNamesTheChain() throws {
    var harness = try Harness(files: [
      "outer.brief": "set title A\n\nsource inner.brief\nset title C\n",
      "inner.brief": "set to Desk\nnot-a-command\n",
    ])
    let failures = harness.run("source outer.brief")
    #expect(failures == 1)
    #expect(
      harness.errors
        == "test.brief:1: in outer.brief:3: in inner.brief:2: error: unknown command 'not-a-command'; type 'help' for the commands\n"
    )
    #expect(try harness.driver.context.store.fields() == ["title": "A", "to": "Desk"])
  }

  @Test func aScriptThatSourcesItselfStops() throws {
    var harness = try Harness(files: ["loop.brief": "source loop.brief\n"])
    #expect(harness.run("source loop.brief") == 1)
    #expect(harness.errors.contains("'loop.brief' sources itself"))
  }

  @Test func quitEndsTheRun() throws {
    var harness = try Harness()
    harness.run("set title A", "quit", "set title B")
    #expect(try harness.driver.context.store.fields()["title"] == "A")
  }

  @Test func outputRedirectsResultsToAFileAndBack() throws {
    var harness = try Harness()
    harness.run("set title A", "output fields.txt", "fields", "output", "notes")
    #expect(harness.files.text(at: "fields.txt")?.contains("title           A") == true)
    #expect(!harness.output.contains("title"))
    #expect(harness.output.contains("no notes"))
  }

  @Test func timerReportsOnStandardError() throws {
    var harness = try Harness()
    harness.run("timer on", "fields", "timer off", "notes")
    #expect(harness.errors.components(separatedBy: "time: ").count == 3)
  }

  @Test func historyListsThisRunsCommands() throws {
    var harness = try Harness()
    harness.run("set title A", "fields", "history")
    #expect(harness.output.hasSuffix("1    set title A\n2    fields\n3    history\n"))
  }
}
