import Foundation

/// Files on the local disk.
public struct DiskFileSource: FileSource {
  public init() {}

  public func bytes(at path: String, limit: Int) throws(FileError) -> [UInt8] {
    // Opened first and checked with `fstat`: the path is looked up once, not twice (a `stat`
    // by path before `open` was a sixth of reading the BBC files). Non-blocking, so a FIFO is
    // refused below rather than waited on; no controlling terminal is taken from a tty.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else { throw Self.openError(path, limit: limit) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw Self.readError(path) }
    try Self.check(info, of: path, limit: limit)
    // Straight into an array of the size stat gave, one byte more to see the end (a zeroed
    // 64 KB chunk per file cost a memset and page faults on every article). A regular file
    // read short once it gave the size stat told is at its end: no second read to see 0.
    let size = max(Int(info.st_size), 0)
    let expected = size + 1
    var failed = false
    var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
      guard let base = buffer.baseAddress else { return }
      while initialized < buffer.count {
        let count = read(descriptor, base + initialized, buffer.count - initialized)
        if count <= 0 {
          failed = count < 0
          return
        }
        initialized += count
        if initialized >= size && initialized < buffer.count { return }
      }
    }
    if failed { throw Self.readError(path) }
    if bytes.count == expected {
      // The file grew after stat: the rest comes in chunks, within the limit.
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      while bytes.count <= limit {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 { throw Self.readError(path) }
        if count == 0 { break }
        bytes += chunk[0..<count]
      }
    }
    if bytes.count > limit { throw .tooLarge(path: path, bytes: bytes.count, limit: limit) }
    return bytes
  }

  /// Refuses what is not a regular file, or is larger than `limit`.
  private static func check(_ info: stat, of path: String, limit: Int) throws(FileError) {
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw .unreadable(path: path, reason: "not a regular file")
    }
    guard Int(info.st_size) <= limit else {
      throw .tooLarge(path: path, bytes: Int(info.st_size), limit: limit)
    }
  }

  /// The error for a file that `open` refused: what `stat` says of it when it can say more
  /// (a folder, a file too large), else the reason `open` gave.
  private static func openError(_ path: String, limit: Int) -> FileError {
    let failure = readError(path)  // now, while errno is open's
    var info = stat()
    guard stat(path, &info) == 0 else { return readError(path) }
    do {
      try check(info, of: path, limit: limit)
    } catch {
      return error
    }
    return failure
  }

  public func expand(_ path: String) throws(FileError) -> [String] {
    let expanded = Self.expandingTilde(path)
    // A name that exists is taken as it is, so `notes [draft].txt` is that file, not a pattern.
    if let info = Self.status(expanded) { return try files(at: expanded, info) }
    let failure = Self.readError(path)  // now, while errno is stat's
    guard expanded.contains(where: { "*?[".contains($0) }) else { throw failure }
    let matches = glob(expanded)
    guard !matches.isEmpty else { throw .missing(path: path) }
    var files: [String] = []
    // A match its folder lists as a regular file is one: a `stat` per match was one of the two
    // per file of `load 'news/*/*.txt'`. Folders, links and unknown types are stat'ed.
    var folder: (path: Substring, others: Set<String>?)?
    for match in matches {
      let (parent, name) = Self.split(match)
      if folder?.path != parent { folder = (parent, Self.nonFileEntries(in: String(parent))) }
      let isDots = name == "." || name == ".."
      if !isDots, let others = folder?.others, others.isEmpty || !others.contains(String(name)) {
        files.append(match)
        continue
      }
      guard let info = Self.status(match) else { throw Self.readError(match) }
      files += try self.files(at: match, info)
    }
    return files
  }

  /// `path` cut at its last `/` (`.` before a path without one), found on the UTF-8 bytes.
  private static func split(_ path: String) -> (folder: Substring, name: Substring) {
    let utf8 = path.utf8
    guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return (".", path[...]) }
    let folder = slash == utf8.startIndex ? path[...slash] : path[..<slash]
    return (folder, path[utf8.index(after: slash)...])
  }

  /// The names of the entries of `folder` that its listing does not give as regular files
  /// (folders, links, other and unknown types) but `.` and `..`, without a `stat` per entry;
  /// nil when it cannot be listed. Only these names are made into strings.
  private static func nonFileEntries(in folder: String) -> Set<String>? {
    guard let stream = opendir(folder) else { return nil }
    defer { closedir(stream) }
    var names: Set<String> = []
    let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19
    while let entry = readdir(stream) {
      guard Int(entry.pointee.d_type) != DT_REG else { continue }
      let name = String(
        cString: UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(
          to: CChar.self))
      if name != "." && name != ".." { names.insert(name) }
    }
    return names
  }

  /// The file at `path`, or the files under it when `info` says it is a folder.
  private func files(at path: String, _ info: stat) throws(FileError) -> [String] {
    guard info.st_mode & S_IFMT == S_IFDIR else { return [path] }
    var visited: Set<String> = []
    return try walk(path, visited: &visited)
  }

  /// `stat` of `path`, or nil (with `errno` set) when it cannot be read.
  private static func status(_ path: String) -> stat? {
    var info = stat()
    return stat(path, &info) == 0 ? info : nil
  }

  public func isFolder(_ path: String) -> Bool {
    Self.status(Self.expandingTilde(path)).map { $0.st_mode & S_IFMT == S_IFDIR } ?? false
  }

  /// Files under `folder` in name order; a folder reached twice (a symlink loop) is skipped.
  private func walk(_ folder: String, visited: inout Set<String>) throws(FileError) -> [String] {
    guard let real = realpath(folder, nil) else { throw Self.readError(folder) }
    let key = String(cString: real)
    free(real)
    guard visited.insert(key).inserted else { return [] }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      throw .unreadable(path: folder, reason: "cannot list the folder")
    }
    var files: [String] = []
    // A name the folder lists as a regular file needs no `stat`; others are stat'ed,
    // following links.
    let others = Self.nonFileEntries(in: folder)
    for name in names.sorted() where !name.hasPrefix(".") {
      let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      if let others, !others.contains(name) {
        files.append(child)
        continue
      }
      var info = stat()
      guard stat(child, &info) == 0 else { continue }
      if info.st_mode & S_IFMT == S_IFDIR {
        files += try walk(child, visited: &visited)
      } else if info.st_mode & S_IFMT == S_IFREG {
        files.append(child)
      }
    }
    return files
  }

  private func glob(_ pattern: String) -> [String] {
    var result = glob_t()
    defer { globfree(&result) }
    guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
    return (0..<Int(result.gl_pathc)).compactMap { index in
      result.gl_pathv[index].map { String(cString: $0) }
    }.sorted()
  }

  public func write(_ text: String, to path: String) throws(FileError) {
    let target = Self.expandingTilde(path)
    TemporaryFiles.removeStale(besides: target)
    let temporary = TemporaryFiles.path(for: target)
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
    } catch {
      throw .unwritable(path: path, reason: Self.reason(of: error, at: target))
    }
    guard rename(temporary, target) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw .unwritable(path: path, reason: reason)
    }
  }

  public func append(_ text: String, to path: String) throws(FileError) {
    let target = Self.expandingTilde(path)
    let descriptor = open(target, O_WRONLY | O_CREAT | O_APPEND, 0o644)
    guard descriptor >= 0 else {
      throw .unwritable(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    guard written == bytes.count else {
      throw .unwritable(path: path, reason: String(cString: strerror(errno)))
    }
  }

  public func entries(in folder: String) -> [String] {
    let expanded = Self.expandingTilde(folder.isEmpty ? "." : folder)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: expanded) else {
      return []
    }
    return names.sorted().map { name in
      var isFolder: ObjCBool = false
      let full = (expanded as NSString).appendingPathComponent(name)
      let exists = FileManager.default.fileExists(atPath: full, isDirectory: &isFolder)
      return exists && isFolder.boolValue ? name + "/" : name
    }
  }

  static func expandingTilde(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/"),
      let home = ProcessInfo.processInfo.environment["HOME"]
    else { return path }
    return home + path.dropFirst()
  }

  private static func readError(_ path: String) -> FileError {
    errno == ENOENT || errno == ENOTDIR
      ? .missing(path: path) : .unreadable(path: path, reason: String(cString: strerror(errno)))
  }

  private static func reason(of error: any Error, at path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
      return "the folder '\(folder)' does not exist"
    }
    return (error as NSError).localizedDescription
  }
}
