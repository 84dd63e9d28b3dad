/// Where commands read and write files: the disk in the app, memory in tests.
public protocol FileSource: Sendable {
  /// The bytes of a file; refuses files larger than `limit` without reading them.
  func bytes(at path: String, limit: Int) throws(FileError) -> [UInt8]
  /// The files a `load` argument names: the file itself, every file under a folder
  /// (recursively, in name order, hidden files skipped), or the matches of a glob pattern.
  func expand(_ path: String) throws(FileError) -> [String]
  /// Whether `path` names a folder (so `load` reads only the article files in it).
  func isFolder(_ path: String) -> Bool
  /// Replaces the file with `text` atomically: a temporary file, then a rename.
  func write(_ text: String, to path: String) throws(FileError)
  /// Adds `text` at the end of the file, creating it.
  func append(_ text: String, to path: String) throws(FileError)
  /// Names in a folder, folders marked with a trailing `/` (for completion).
  func entries(in folder: String) -> [String]
}

/// Why a file could not be read or written.
public enum FileError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Nothing exists at the path, or a glob matched nothing.
  case missing(path: String)
  /// The file exists but cannot be read (permissions, a folder where a file was expected).
  case unreadable(path: String, reason: String)
  /// The file is larger than the limit.
  case tooLarge(path: String, bytes: Int, limit: Int)
  /// The file cannot be written.
  case unwritable(path: String, reason: String)

  public var description: String {
    switch self {
    case .missing(let path):
      return "'\(path)': no such file or folder"
    case .unreadable(let path, let reason):
      return "cannot read '\(path)': \(reason)"
    case .tooLarge(let path, let bytes, let limit):
      return "'\(path)' is \(bytes / 1_048_576) MB, over the \(limit / 1_048_576) MB limit"
    case .unwritable(let path, let reason):
      return "cannot write '\(path)': \(reason)"
    }
  }
}
