/// The constants of topic scoring, in one place so that evaluation can tune them.
///
/// Defaults were tuned on the even-numbered documents of 500N-KPCrowd (see
/// `scripts/eval-keyphrases.py`) and checked on the seed article. The crowd's keys favour single
/// words, so a two-word name counts 0.6 and a person 0.7, but a person introduced with a role
/// (`President Joe Biden`) counts 3 times more: the main actors a reader lists first. The
/// KPCrowd-only optimum (no role factor, names at 0.5) scores F1@10 0.190 on the tune half
/// against 0.182 here, and loses Putin and Biden from the seed article's top ten.
struct TopicWeights: Sendable {
  /// Mentions count as `mentions ^ frequencyExponent`.
  var frequencyExponent = 0.8
  /// Weight of an early first mention: `1 / log2(2 + sentence) ^ positionExponent`.
  var positionExponent = 0.8
  /// Factor for a topic named in the headline.
  var headline = 1.5
  /// Factor per extra content word of a key phrase.
  var phraseLength = 0.4
  /// Factor per extra word of an entity's name.
  var nameLength = 0.6
  /// A word stands for the repeated phrase it is part of when at least this share of its
  /// mentions are in that phrase (`video` → `video conference`).
  var wholeShare = 0.75
  /// Factor for a multi-word phrase seen only once.
  var singleMultiword = 1.0
  /// Factor for a key phrase made only of frequent general words.
  var commonPhrase = 0.4
  /// Factor for a key phrase ending in an English adverb or past participle (`approved`).
  var modifier = 0.3
  /// Key phrases count `(wordLength / 8) ^ wordLengthExponent`, word length capped at 12.
  var wordLengthExponent = 1.0
  /// Factor for named entities over key phrases, by kind.
  var person = 0.7
  var organisation = 1.5
  var place = 2.5
  var other = 1.0
  /// Factor for a person introduced with a title (`President Joe Biden`): a main actor.
  var role = 3.0
  /// Bonus per quote a person is the speaker of, as a fraction of a mention.
  var quote = 0.5

  /// The shared salience of a topic from its statistics, before the kind factor.
  func salience(mentions: Int, firstSentence: Int, inHeadline: Bool) -> Double {
    let frequency = TopicMath.pow(Double(max(mentions, 1)), frequencyExponent)
    let sentence = firstSentence == Int.max ? 0 : firstSentence
    let position = 1 / TopicMath.pow(TopicMath.log2(2 + Double(sentence)), positionExponent)
    return frequency * position * (inHeadline ? headline : 1)
  }
}
