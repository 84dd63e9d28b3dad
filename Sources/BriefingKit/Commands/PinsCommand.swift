/// `pins`: the pinned items in pin order.
struct PinsCommand: Command {
  static let name = "pins"
  static let usage = "pins [--json]"
  static let abstract = "List the pinned quotes, topics and articles."
  static let completion = CompletionSpec(flags: ["--json"])
  var json: Bool

  init(arguments: [String]) throws(CommandError) {
    json = try Self.parseJSONFlagOnly(arguments)
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    let pins = try context.store.pins()
    if json {
      return CommandOutput(
        JSONValue.array(
          pins.map { .object([("kind", .string($0.kind.rawValue)), ("ref", .string($0.ref))]) }
        ).rendered())
    }
    guard !pins.isEmpty else {
      return CommandOutput("nothing pinned; 'pin quote 1.1' pins a quote")
    }
    var lines: [String] = []
    for (number, pin) in zip(1..., pins) {
      switch pin.kind {
      case .quote:
        lines.append("\(number). quote " + QuoteListing.line(try context.store.quote(id: pin.ref)))
      case .topic: lines.append("\(number). topic \(pin.ref)")
      case .article:
        let title = (try? context.store.article(id: Int(pin.ref) ?? 0).article.title) ?? ""
        lines.append("\(number). article \(pin.ref). \(title)")
      }
    }
    return CommandOutput(lines.joined(separator: "\n"))
  }
}
