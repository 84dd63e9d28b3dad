extension Array {
  /// `count` copies of `value`, as `Array(repeating:count:)` makes them, in a buffer made
  /// through `reserveCapacity`. `Array(repeating:count:)` allocates through an entry point of
  /// the standard library that is not specialized for the element type and looks the buffer's
  /// type up at run time (`_allocateBufferUninitialized`, 890 instructions an array); this
  /// costs 400 fewer for the language scan's two small arrays. Not faster everywhere: measure
  /// before using it (the language scores' array got 280 instructions slower).
  init(filledWith value: Element, count: Int) {
    self = []
    reserveCapacity(count)
    append(contentsOf: repeatElement(value, count: count))
  }
}
