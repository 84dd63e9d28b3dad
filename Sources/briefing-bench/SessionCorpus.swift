import BriefingKit
import Foundation

/// A large session's articles: the corpus files copied round-robin, each copy with its own
/// title and date so that none is a duplicate of another.
struct SessionCorpus {
  /// Each distinct corpus file split at its first line: the headline and the rest.
  private var sources: [(title: [UInt8], body: [UInt8])] = []

  /// Reads `files`, skipping byte-for-byte repeats (the BBC set holds about a hundred), so
  /// that a session of N files holds N articles.
  init(files: [String]) throws {
    var seen: Set<[UInt8]> = []
    for file in files {
      let bytes = try DiskFileSource().bytes(at: file, limit: 50 << 20)
      guard seen.insert(bytes).inserted else { continue }
      let newline = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
      sources.append((Array(bytes[..<newline]), Array(bytes[newline...])))
    }
  }

  /// Writes `count` files `000001.txt`… into `folder` (emptied first); returns their bytes.
  ///
  /// Copy `k` of a file gets the title `TITLE (k+1)` after the first copy, and a date a week
  /// after the previous file's, wrapping after two years.
  func write(count: Int, into folder: String) throws -> Int {
    guard !sources.isEmpty else { return 0 }
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var total = 0
    for index in 0..<count {
      let source = sources[index % sources.count]
      let copy = index / sources.count
      var bytes = source.title
      if copy > 0 { bytes += Array(" (\(copy + 1))".utf8) }
      bytes += Array("\n\ndate \(Self.date(index))\n".utf8)
      bytes += source.body
      let path = folder + "/" + String(format: "%06d.txt", index + 1)
      guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
        throw BenchError.io("cannot write '\(path)'")
      }
      total += bytes.count
    }
    return total
  }

  /// `YYYY-MM-DD`, `index` weeks after 2004-01-05, modulo two years.
  static func date(_ index: Int) -> String {
    let seconds = 1_073_260_800 + Double(index * 7 % 730) * 86_400
    var time = time_t(seconds)
    var parts = tm()
    gmtime_r(&time, &parts)
    return String(
      format: "%04d-%02d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
      Int(parts.tm_mday))
  }
}
