extension PhraseTable {
  /// The phrases growing from one start token, as far as they have grown: the key and stems
  /// of the words so far, their mention, and what a new candidate needs of them.
  ///
  /// Each word is read once as it joins, where each phrase used to read all of its words again.
  struct Run {
    /// The stem ids of the words and connectors, 16 bits each (see ``PhraseTable``).
    var key: UInt64
    var stems: PhraseCandidate.Stems
    var mention: PhraseCandidate.Mention
    /// Unicode scalars of the words that are no connectors.
    var scalars = 0
    /// Words that are general words or nationalities (``TopicWordClass/common``,
    /// ``TopicWordClass/demonym``).
    var commonWords = 0
  }

  /// The one-word run at the content word `start`, whose stem id is `stem`: the facts of a
  /// mention that its first word settles (sentence, headline, article before it, cue, actors).
  @inline(__always)
  func opening(_ start: Int, stem: Int32) -> Run {
    let first = scan.tokens[start]
    let isHeadline = first.flags.contains(.headline)
    var mention = PhraseCandidate.Mention(
      range: start..<start + 1, sentence: first.sentence, isHeadline: isHeadline,
      isInitial: first.flags.contains(.sentenceStart) || isHeadline)
    mention.isIntroduced = isIntroduced(start)
    if !isHeadline {
      mention.isCued = scan.isCued(first.sentence)
      let sentence = Int(first.sentence)
      mention.isWithActors = sentence >= 0 && sentence < actors.count && actors[sentence] > 0
    }
    mention.isCapitalised = first.flags.contains(.capitalised)
    var run = Run(key: UInt64(stem) + 1, stems: PhraseCandidate.Stems(stem), mention: mention)
    add(start, to: &run)
    return run
  }

  /// Adds the token at `index` (a content word or a connector) to the words of `run`.
  @inline(__always)
  func add(_ index: Int, to run: inout Run) {
    let token = scan.tokens[index]
    let classes = scan.classes(of: token)
    if !classes.contains(.phraseConnector) { run.scalars += token.end - token.start }
    if !classes.isDisjoint(with: [.common, .demonym]) { run.commonWords += 1 }
    // A hyphenated word followed by a content word describes it (`two-year low`).
    if token.flags.contains(.hyphenated), !isBreak(index + 1), isContent(index + 1) {
      run.mention.hasAttributiveHyphen = true
    }
  }
}
