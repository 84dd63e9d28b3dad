/// `timer on|off`: print how long each command takes (on standard error).
struct TimerCommand: Command {
  static let name = "timer"
  static let usage = "timer on|off"
  static let abstract = "Print each command's running time."
  static let completion = CompletionSpec(values: [.words(["on", "off"])])
  var isOn: Bool

  init(arguments: [String]) throws(CommandError) {
    switch try Self.onlyArgument(arguments, named: "on or off") {
    case "on": isOn = true
    case "off": isOn = false
    case let other:
      throw .invalidValue(command: Self.name, argument: other, reason: "say 'on' or 'off'")
    }
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    CommandOutput(timer: isOn)
  }
}
