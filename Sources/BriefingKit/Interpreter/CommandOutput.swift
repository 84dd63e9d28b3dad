/// What a command hands back to the driver: text to print and requests only the driver can
/// carry out (leave, redirect output, run a script).
public struct CommandOutput: Sendable, Equatable {
  /// Where results go after an `output` command.
  public enum Destination: Sendable, Equatable {
    case terminal
    case file(String)
  }

  /// Results: what the user asked for (tables, JSON, the memo). Always standard output.
  public var text: String
  /// A confirmation of what happened (`loaded 6 articles`): shown at the prompt, and sent to
  /// standard error otherwise so that standard output carries results only.
  public var status: String = ""
  public var quit: Bool
  public var redirect: Destination?
  public var timer: Bool?
  /// A script to run inside the session (`source`): its name and lines.
  public var script: Script?
  /// Problems met along the way, printed to standard error after ``text``.
  public var diagnostics: [Diagnostic] = []
  /// True when the command partly failed (some files did not load): it counts as a failure.
  public var isFailure = false

  /// A warning or error a command reports without stopping.
  public struct Diagnostic: Sendable, Equatable {
    public var isError: Bool
    public var message: String

    public init(isError: Bool, message: String) {
      self.isError = isError
      self.message = message
    }
  }

  /// A script's name and lines, for `source`.
  public struct Script: Sendable, Equatable {
    public var path: String
    public var lines: [String]
  }

  /// A confirmation message rather than a result.
  public static func status(_ message: String) -> CommandOutput {
    var output = CommandOutput()
    output.status = message
    return output
  }

  public init(
    _ text: String = "", quit: Bool = false, redirect: Destination? = nil, timer: Bool? = nil,
    script: Script? = nil
  ) {
    self.text = text
    self.quit = quit
    self.redirect = redirect
    self.timer = timer
    self.script = script
  }
}
