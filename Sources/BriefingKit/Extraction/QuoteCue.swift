/// A speech cue of the lexicon: how the speaker's words stand relative to it.
struct QuoteCue: Sendable, Equatable {
  /// Where the speaker's mention sits relative to the cue word.
  enum Kind: UInt8, Sendable {
    /// A speech verb: the subject stands before it (`Okafor said`) or after (`said Okafor`).
    case verb
    /// A preposition followed by the speaker: `according to`, `selon`, `laut`, `so`.
    case preposition
    /// A postposition preceded by the speaker: `Merkel zufolge`.
    case postposition
    /// A noun preceded by a possessive that names the speaker: `по его словам`.
    case possessiveNoun
  }

  var kind: Kind
  /// True for verbs whose object follows them (`told reporters`): never read a speaker there.
  var objectFollows = false
  /// True for naming verbs (`called it “a disaster”`) that only cue quotes right after them.
  var isWeak = false
  /// ISO 639-1 code the cue is restricted to (`so` is German only), or nil for any language.
  var language: String?
  /// The word that must follow (`to` after `according`), as a token hash.
  var next: UInt64?
  /// True for cues that only work right after a quote (`„…“, so Müller`).
  var isAfterOnly = false
}
