/// Splits a command line into words the way a shell does: blanks separate words, double and
/// single quotes group them, and a backslash outside single quotes takes the next character
/// literally.
public enum Words {
  /// The words of `line`.
  ///
  /// ```swift
  /// try Words.split(#"load "my news/a.txt" b.txt"#)  // ["load", "my news/a.txt", "b.txt"]
  /// ```
  public static func split(_ line: String) throws(CommandError) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    var hasWord = false
    var quote: Unicode.Scalar?
    var escaping = false
    for scalar in line.unicodeScalars {
      if escaping {
        current.append(scalar)
        escaping = false
        continue
      }
      if let open = quote {
        if scalar == open {
          quote = nil
        } else if scalar == "\\" && open == "\"" {
          escaping = true
        } else {
          current.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\\":
        escaping = true
        hasWord = true
      case "\"", "'":
        quote = scalar
        hasWord = true
      case " ", "\t", "\n", "\r":
        if hasWord { words.append(String(current)) }
        current = String.UnicodeScalarView()
        hasWord = false
      default:
        current.append(scalar)
        hasWord = true
      }
    }
    if escaping { throw .danglingEscape }
    if quote != nil { throw .unterminatedQuote }
    if hasWord { words.append(String(current)) }
    return words
  }

  /// Quotes `word` so that ``split(_:)`` gives it back unchanged.
  public static func quote(_ word: String) -> String {
    let plain =
      !word.isEmpty
      && word.unicodeScalars.allSatisfy { scalar in
        !" \t\n\r\"'\\".unicodeScalars.contains(scalar)
      }
    if plain { return word }
    var quoted = "\""
    for scalar in word.unicodeScalars {
      if scalar == "\"" || scalar == "\\" { quoted.unicodeScalars.append("\\") }
      quoted.unicodeScalars.append(scalar)
    }
    return quoted + "\""
  }
}
