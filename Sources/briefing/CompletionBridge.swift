import CEditLine
import Foundation

/// Connects libedit's Tab key to ``Completer``: inserts the single match or the common prefix,
/// and lists the matches when there are several.
///
/// A `final class` because libedit holds a pointer to it as client data.
final class CompletionBridge {
  private let complete: (String) -> (String, [String])

  init(complete: @escaping (String) -> (String, [String])) {
    self.complete = complete
  }

  func complete(in editLine: OpaquePointer) -> UInt8 {
    guard let info = el_line(editLine)?.pointee, let start = info.buffer else {
      return UInt8(CC_ERROR)
    }
    let length = info.cursor - start
    let bytes = UnsafeBufferPointer(
      start: UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self), count: length)
    let line = String(decoding: bytes, as: UTF8.self)
    let (word, candidates) = complete(line)
    guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
    if candidates.count == 1, let only = candidates.first {
      replace(word, with: only + (only.hasSuffix("/") ? "" : " "), in: editLine)
      return UInt8(CC_REDISPLAY)
    }
    let common = Self.commonPrefix(candidates)
    if common.count > word.count {
      replace(word, with: common, in: editLine)
      return UInt8(CC_REDISPLAY)
    }
    print("")
    print(Self.columns(candidates, width: Int(shim_el_terminal_width(editLine))))
    return UInt8(CC_REDISPLAY)
  }

  private func replace(_ word: String, with text: String, in editLine: OpaquePointer) {
    if text.hasPrefix(word) {
      el_insertstr(editLine, String(text.dropFirst(word.count)))
    } else {
      el_deletestr(editLine, Int32(word.unicodeScalars.count))
      el_insertstr(editLine, text)
    }
  }

  static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first else { return "" }
    for word in words.dropFirst() {
      while !word.hasPrefix(prefix) { prefix.removeLast() }
    }
    return prefix
  }

  static func columns(_ words: [String], width: Int) -> String {
    let cell = (words.map(\.count).max() ?? 0) + 2
    let perLine = max(1, (width > 0 ? width : 80) / cell)
    return stride(from: 0, to: words.count, by: perLine).map { start in
      words[start..<min(start + perLine, words.count)].map {
        $0.padding(toLength: cell, withPad: " ", startingAt: 0)
      }.joined()
    }.joined(separator: "\n")
  }
}
