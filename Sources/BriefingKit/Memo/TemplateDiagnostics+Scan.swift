extension TemplateDiagnostics {
  /// Reads the tags of `text` with the default `{{ }}` delimiters, counting lines and columns
  /// by `Character` as swift-mustache does. Stops at a delimiter change or an unclosed tag.
  mutating func scan(_ text: String) {
    let characters = Array(text)
    var index = 0
    var line = 1
    var column = 1
    while index < characters.count {
      if characters[index] == "{", index + 1 < characters.count, characters[index + 1] == "{" {
        guard let (tag, end) = Self.readTag(characters, from: index, line: line, column: column)
        else {
          unclosedTag = Tag(sigil: nil, name: "", line: line, column: column)
          return
        }
        if tag.sigil == "=" { return }
        tags.append(tag)
        for character in characters[index..<end] { Self.advance(&line, &column, over: character) }
        index = end
        continue
      }
      Self.advance(&line, &column, over: characters[index])
      index += 1
    }
  }

  private static func advance(_ line: inout Int, _ column: inout Int, over character: Character) {
    if character.isNewline {
      line += 1
      column = 1
    } else {
      column += 1
    }
  }

  private static let sigils: Set<Character> = [
    "#", "^", "/", "!", ">", "{", "&", "%", "$", "<", "=",
  ]

  /// The tag starting at `start` (which holds `{{`) and the index just past it, or nil when no
  /// `}}` (`}}}` for a triple tag) ends it.
  private static func readTag(_ characters: [Character], from start: Int, line: Int, column: Int)
    -> (Tag, Int)?
  {
    let contentStart = start + 2
    let isTriple = contentStart < characters.count && characters[contentStart] == "{"
    var cursor = contentStart
    while cursor + 1 < characters.count {
      if characters[cursor] == "}" && characters[cursor + 1] == "}" {
        let end = cursor + 2
        if isTriple && (end >= characters.count || characters[end] != "}") { return nil }
        let content = characters[contentStart..<cursor]
        return (makeTag(content, line: line, column: column), isTriple ? end + 1 : end)
      }
      cursor += 1
    }
    return nil
  }

  private static func makeTag(_ content: ArraySlice<Character>, line: Int, column: Int) -> Tag {
    var body = Substring(String(content))
    var sigil: Character?
    if let first = body.first, sigils.contains(first) {
      sigil = first
      body = body.dropFirst()
    }
    let name = body.trimmingPrefix(while: \.isWhitespace)
    let trimmed = name.reversed().drop(while: \.isWhitespace).reversed()
    return Tag(sigil: sigil, name: String(trimmed), line: line, column: column)
  }
}
