/// German function words that quote attribution reads word order by, as token hashes.
enum QuoteGermanWords {
  static let es = QuoteToken.hash(of: "es")

  /// Verbs by which a medium quotes someone (`zitiert die Zeitung Müller`).
  static let quoting: Set<UInt64> = Set(["zitiert", "zitierte"].map(QuoteToken.hash(of:)))
  static let reflexive = QuoteToken.hash(of: "sich")

  /// Prepositions that introduce where words stand (`heißt es in …`, `auf der Webseite`).
  static let sourcePrepositions: Set<UInt64> = Set(
    ["in", "im", "auf", "bei", "aus"].map(QuoteToken.hash(of:)))

  /// Determiners that are never nominative: the phrase after them is no subject.
  static let obliqueDeterminers: Set<UInt64> = Set(
    [
      "den", "dem", "des", "einen", "einem", "eines", "seinen", "seinem", "seines", "ihren",
      "ihrem", "ihres", "diesen", "diesem", "dieses", "seiner", "ihrer",
    ].map(QuoteToken.hash(of:)))

  /// Subjunctive forms that mark reported speech.
  static let subjunctives: Set<UInt64> = Set(
    [
      "sei", "seien", "habe", "hätten", "werde", "würden", "müsse", "müssten", "könne",
      "könnten", "solle", "wolle", "dürfe", "gebe", "gehe", "stehe", "liege", "bleibe",
    ].map(QuoteToken.hash(of:)))

  /// Determiners that start an object when they follow a noun (`der` and `des` are genitive).
  static let objectDeterminers: Set<UInt64> = Set(
    [
      "den", "dem", "das", "die", "ein", "eine", "einen", "einem", "sein", "seine", "seinen",
      "seinem", "ihr", "ihre", "ihren", "ihrem",
    ].map(QuoteToken.hash(of:)))

  /// Lower-case words that are never the finite verb after a quote.
  static let nonVerbs: Set<UInt64> = Set(
    [
      "weil", "wenn", "obwohl", "da", "ob", "sondern", "oder", "sowie", "bis", "nicht", "nur",
      "so", "also", "zwar", "immer", "sehr", "ganz", "mehr", "schon",
      "eben", "etwa", "allerdings", "jetzt", "erst", "wieder", "einer", "eines", "welche",
      "welcher", "man", "dies", "was", "wer", "wo", "wobei", "womit", "worauf",
    ].map(QuoteToken.hash(of:)))
}
