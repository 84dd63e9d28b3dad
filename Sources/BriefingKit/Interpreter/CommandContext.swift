import Foundation

/// Everything a command can reach: the session, files, the clock and the terminal's shape.
public struct CommandContext: Sendable {
  /// The session's storage; `open` replaces it.
  public var store: SessionStore
  public var files: any FileSource
  /// Today, as the memo's default date; a parameter so tests are reproducible.
  public var today: Date
  /// Template folders in increasing precedence (shipped, `--templates`, the user's).
  public var templateDirectories: [String]
  /// Whether a person is at a terminal (progress lines, tables sized to `width`).
  public var isInteractive: Bool
  /// Columns available for tables.
  public var width: Int
  /// Whether output may use ANSI colour.
  public var useColor: Bool
  /// Lines run so far in this process, oldest first (for `history`).
  public var history: [String]
  /// True once the user asked to cancel the running command (Ctrl-C).
  public var isCancelled: @Sendable () -> Bool
  /// Shows a one-line progress message, or erases it when given nil.
  public var progress: @Sendable (String?) -> Void

  public init(
    store: SessionStore, files: any FileSource = DiskFileSource(), today: Date = Date(),
    templateDirectories: [String] = ["templates"], isInteractive: Bool = false, width: Int = 100,
    useColor: Bool = false, isCancelled: @escaping @Sendable () -> Bool = { false },
    progress: @escaping @Sendable (String?) -> Void = { _ in }
  ) {
    self.store = store
    self.files = files
    self.today = today
    self.templateDirectories = templateDirectories
    self.isInteractive = isInteractive
    self.width = width
    self.useColor = useColor
    self.history = []
    self.isCancelled = isCancelled
    self.progress = progress
  }

  /// Throws ``CommandError/cancelled(command:)`` once the user pressed Ctrl-C.
  public func checkCancellation(_ command: String) throws(CommandError) {
    if isCancelled() { throw .cancelled(command: command) }
  }
}
