import Foundation

/// Runs Debian's `cmark` to see how a memo's Markdown renders; tests using it are skipped when
/// it is not installed (`apt-get install cmark`).
enum Cmark {
  static let path = ["/usr/bin/cmark", "/usr/local/bin/cmark"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  static var isAvailable: Bool { path != nil }

  /// `markdown` rendered to HTML by cmark (CommonMark, no extensions, no smart punctuation).
  static func html(from markdown: String) throws -> String {
    try run(markdown, arguments: ["--to", "html"])
  }

  /// `markdown` rendered to cmark's XML tree.
  static func xml(from markdown: String) throws -> String {
    try run(markdown, arguments: ["--to", "xml"])
  }

  /// `text` escaped as cmark escapes text in HTML.
  static func escapeHTML(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }

  private static func run(_ input: String, arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path ?? "/usr/bin/cmark")
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self)
  }
}
