/// `unpin quote QID | topic NAME | article ID`: take an item out of the pins.
struct UnpinCommand: Command {
  static let name = "unpin"
  static let usage = "unpin quote QID | unpin topic NAME | unpin article ID"
  static let abstract = "Remove a pin."
  static let completion = CompletionSpec(values: [.words(["quote", "topic", "article"])])
  var pin: Pin

  init(arguments: [String]) throws(CommandError) {
    pin = try Self.parsePin(arguments)
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    var target = pin
    if pin.kind == .topic,
      let topic = TopicListing.find(pin.ref, in: try context.store.rankedTopics())
    {
      target.ref = topic.name
    }
    guard try context.store.removePin(target) else {
      throw CommandError.invalidValue(
        command: Self.name, argument: pin.ref, reason: "not pinned; 'pins' lists the pins")
    }
    return CommandOutput()
  }
}
