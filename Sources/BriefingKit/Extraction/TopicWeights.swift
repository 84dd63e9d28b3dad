/// The constants of topic scoring, in one place so that evaluation can tune them.
///
/// Defaults were tuned on every other document of 500N-KPCrowd (see `scripts/eval-keyphrases.py`)
/// and checked on the seed article.
struct TopicWeights: Sendable {
  /// Mentions count as `mentions ^ frequencyExponent`.
  var frequencyExponent = 0.7
  /// Weight of an early first mention: `1 / log2(2 + sentence) ^ positionExponent`.
  var positionExponent = 0.8
  /// Factor for a topic named in the headline.
  var headline = 1.5
  /// Factor per extra content word of a key phrase.
  var phraseLength = 0.3
  /// Factor per extra word of an entity's name.
  var nameLength = 0.5
  /// Factor for a multi-word phrase seen only once.
  var singleMultiword = 1.0
  /// Factor for a key phrase made only of frequent general words.
  var commonPhrase = 0.4
  /// Factor for named entities over key phrases, by kind.
  var person = 0.7
  var organisation = 1.0
  var place = 1.3
  var other = 1.0
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
