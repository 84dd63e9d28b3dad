/// `pin quote QID | topic NAME | article ID`: put an item in the memo, in pin order.
struct PinCommand: Command {
  static let name = "pin"
  static let usage = "pin quote QID | pin topic NAME | pin article ID"
  static let abstract = "Pin a quote, topic or article for the memo."
  static let details = """
    With pins, the memo shows the pinned items in pin order; without, the top-ranked ones.

    Example:
      pin quote 1.3
      pin topic "strategic stability"
    """
  static let completion = CompletionSpec(values: [.words(["quote", "topic", "article"])])
  var pin: Pin

  init(arguments: [String]) throws(CommandError) {
    pin = try Self.parsePin(arguments)
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    let checked = try Self.resolve(pin, in: context.store)
    guard try context.store.addPin(checked) else {
      return .status("\(checked.kind.rawValue) \(checked.ref) is already pinned")
    }
    return CommandOutput()
  }
}

extension Command {
  static func parsePin(_ arguments: [String]) throws(CommandError) -> Pin {
    guard let word = arguments.first else {
      throw .missingArgument(command: name, argument: "quote, topic or article", usage: usage)
    }
    guard let kind = Pin.Kind(rawValue: word) else {
      throw .invalidValue(command: name, argument: word, reason: "say quote, topic or article")
    }
    guard arguments.count > 1 else {
      throw .missingArgument(command: name, argument: "which \(word)", usage: usage)
    }
    let ref = arguments.dropFirst().joined(separator: " ")
    if kind == .article { _ = try articleID(ref) }
    return Pin(kind: kind, ref: ref)
  }

  /// Checks the pinned item exists; a topic is stored under its canonical name.
  static func resolve(_ pin: Pin, in store: SessionStore) throws -> Pin {
    switch pin.kind {
    case .quote:
      return Pin(kind: .quote, ref: try store.quote(id: pin.ref).id)
    case .article:
      return Pin(kind: .article, ref: String(try store.article(id: Int(pin.ref) ?? 0).article.id))
    case .topic:
      guard let topic = TopicListing.find(pin.ref, in: try store.rankedTopics()) else {
        throw TopicError.unknown(name: pin.ref, hint: "; 'topics' lists them")
      }
      return Pin(kind: .topic, ref: topic.name)
    }
  }
}
