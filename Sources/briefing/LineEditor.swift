import BriefingKit
import CEditLine
import Foundation
import Synchronization

/// Set by Ctrl-C: while editing, by the key binding; while a command runs, by SIGINT.
let interrupted = Atomic<Bool>(false)

/// Lines typed at the prompt, edited with libedit: history (saved after every line), Ctrl-R,
/// tab completion, Ctrl-C that clears the line, Ctrl-D that leaves.
///
/// A `final class` because it owns the `EditLine` and `History` handles and frees them once.
final class LineEditor: Sequence, IteratorProtocol {
  private let editLine: OpaquePointer
  private let history: OpaquePointer
  private let historyPath: String?
  private let completion: CompletionBridge

  /// - Parameter complete: returns the word under the cursor and its candidates.
  init(historyPath: String?, complete: @escaping (String) -> (String, [String])) {
    Self.useUTF8Locale()
    editLine = shim_el_init("briefing")
    history = history_init()
    self.historyPath = historyPath
    completion = CompletionBridge(complete: complete)
    shim_history_set_size(history, 2000)
    shim_history_set_unique(history, 1)
    if let historyPath { _ = shim_history_load(history, historyPath) }
    shim_el_set_prompt(editLine)
    shim_el_set_editor(editLine, "emacs")
    shim_el_set_history(editLine, history)
    shim_el_set_signal(editLine, 1)
    shim_el_set_client_data(editLine, Unmanaged.passUnretained(completion).toOpaque())
    Self.parse(editLine, ["setty", "-d", "-isig"])
    shim_el_add_function(
      editLine, "briefing-interrupt", "Clear the line",
      { _, _ in
        interrupted.store(true, ordering: .relaxed)
        return UInt8(CC_NEWLINE)
      })
    shim_el_bind(editLine, "^C", "briefing-interrupt")
    shim_el_add_function(
      editLine, "briefing-complete", "Complete the word",
      { editLine, _ in
        guard let editLine, let data = shim_el_client_data(editLine) else { return UInt8(CC_ERROR) }
        let bridge = Unmanaged<CompletionBridge>.fromOpaque(data).takeUnretainedValue()
        return bridge.complete(in: editLine)
      })
    shim_el_bind(editLine, "^I", "briefing-complete")
    shim_el_bind(editLine, "^R", "em-inc-search-prev")
    el_source(editLine, nil)
  }

  deinit {
    history_end(history)
    el_end(editLine)
  }

  /// Lines that earlier runs left in the history file, oldest first.
  var previousLines: [String] {
    var lines: [String] = []
    var entry = shim_history_oldest(history)
    while let pointer = entry {
      lines.append(String(cString: pointer))
      entry = shim_history_newer(history)
    }
    return lines
  }

  /// The next line; "" after Ctrl-C cleared one; nil at Ctrl-D on an empty line.
  func next() -> String? {
    interrupted.store(false, ordering: .relaxed)
    var count: Int32 = 0
    let read = el_gets(editLine, &count)
    // Read before the end-of-input test: Ctrl-C on an empty line gives an empty read too, and
    // only Ctrl-D leaves.
    if interrupted.exchange(false, ordering: .relaxed) {
      // What shells show: the cleared line stays visible, marked, and the prompt starts anew
      // on the next row (libedit leaves the cursor on the cleared line).
      _ = "^C\n".withCString { write(STDOUT_FILENO, $0, 3) }
      return ""
    }
    guard let raw = read, count > 0 else { return nil }
    var line = String(cString: raw)
    while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
    if !line.trimmingCharacters(in: .whitespaces).isEmpty {
      shim_history_enter(history, line)
      saveHistory()
    }
    return line
  }

  private func saveHistory() {
    guard let historyPath else { return }
    _ = shim_history_save(history, historyPath)
    chmod(historyPath, 0o600)
  }

  private static func parse(_ editLine: OpaquePointer, _ words: [String]) {
    var arguments = words.map { strdup($0) }
    defer { arguments.forEach { free($0) } }
    arguments.withUnsafeMutableBufferPointer { buffer in
      buffer.withMemoryRebound(to: UnsafePointer<CChar>?.self) { pointers in
        _ = el_parse(editLine, Int32(words.count), pointers.baseAddress)
      }
    }
  }

  /// Non-ASCII input is dropped while editing unless LC_CTYPE is a UTF-8 locale.
  private static func useUTF8Locale() {
    let current = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
    if current == "C" || current == "POSIX" || !current.uppercased().contains("UTF") {
      _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
  }
}
