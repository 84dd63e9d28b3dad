import BriefingKit
import Foundation
import Synchronization

/// The interactive prompt: a banner, then lines from ``LineEditor`` into the driver.
enum Shell {
  static func run(
    _ driver: inout Driver, output: inout some TextOutputStream,
    errors: inout some TextOutputStream
  ) {
    signal(SIGINT) { _ in interrupted.store(true, ordering: .relaxed) }
    let context = driver.context
    let box = ContextBox(context)
    let editor = LineEditor(historyPath: Terminal.historyPath()) { line in
      let result = Completer().candidates(for: line, in: box.context)
      return (result.word, result.candidates)
    }
    driver.context.history = editor.previousLines
    let count = (try? context.store.articleCount()) ?? 0
    let where_ = context.store.path.map { "session \($0)" } ?? "in-memory session"
    print(
      "briefing — \(where_), \(count) article\(count == 1 ? "" : "s"). Type 'help' for commands, Ctrl-D to leave.",
      to: &output)
    while let line = editor.next() {
      box.context = driver.context
      let outcome = driver.run(
        [line], from: .interactive, output: &output, errors: &errors, stopOnError: true)
      box.context = driver.context
      if outcome.didQuit { break }
    }
  }
}

/// The context the completion callback reads; updated after every command.
///
/// A `final class` so the editor's closure sees the latest value.
final class ContextBox {
  var context: CommandContext
  init(_ context: CommandContext) { self.context = context }
}
