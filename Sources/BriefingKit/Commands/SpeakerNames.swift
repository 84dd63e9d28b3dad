/// The people of a session by their full names, to read a speaker named with a role or body
/// glued before the person (`Tory MP Boris Vane`, `Unison Dave Prentis`, `Solicitor Gareth
/// Pierce`) as that person, with the words before as the role.
///
/// ```swift
/// let names = SpeakerNames(people: sessionTopics)  // knows the person "Boris Vane"
/// names.split("Tory MP Boris Vane")                 // ("Boris Vane", "Tory MP")
/// names.split("Boris Vane")                         // ("Boris Vane", nil)
/// ```
struct SpeakerNames {
  /// Person topics of two words or more, by their lowercased names.
  private var byLowercased: [String: String] = [:]

  init(people: [SessionTopic]) {
    for person in people where person.kind == .person && person.name.contains(" ") {
      byLowercased[person.name.lowercased()] = person.name
    }
  }

  /// The person `speaker` names and the words before the person's name, when the speaker
  /// ends with the full name of a person of the session and has words before it; else the
  /// speaker as it is.
  func split(_ speaker: String) -> (name: String, role: String?) {
    guard !byLowercased.isEmpty else { return (speaker, nil) }
    let words = speaker.split(separator: " ")
    guard words.count >= 3 else { return (speaker, nil) }
    for start in 1...(words.count - 2) {
      let tail = words[start...].joined(separator: " ")
      if let name = byLowercased[tail.lowercased()] {
        return (name, words[..<start].joined(separator: " "))
      }
    }
    return (speaker, nil)
  }
}
