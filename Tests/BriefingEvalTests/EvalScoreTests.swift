import Testing

@testable import briefing_eval

/// The scorer's matching: a gold quote is hit by the prediction covering most of its words,
/// and a quote annotated twice with two sources is right when either source is named.
struct EvalScoreTests {
  struct Item {
    var text: String
    var speaker: String
    var span = 0
  }

  func score(gold: [Item], predictions: [Item], twins: Bool) -> EvalScore {
    var score = EvalScore(cover: 0.3)
    score.add(
      gold: gold, goldText: \.text, predictions: predictions, predictionText: \.text,
      judge: { gold, predicted in gold.speaker == predicted.speaker },
      sameQuote: twins ? { $0.span == $1.span } : nil)
    return score
  }

  @Test func aQuoteAnnotatedTwiceIsRightWithEitherSource() {
    let gold = [
      Item(text: "Die Lage ist ernst", speaker: "Die Zeitung", span: 1),
      Item(text: "Die Lage ist ernst", speaker: "Der Minister", span: 1),
    ]
    let predicted = [Item(text: "Die Lage ist ernst", speaker: "Der Minister")]
    let twins = score(gold: gold, predictions: predicted, twins: true)
    #expect(twins.speakerRight == 1 && twins.speakerChecked == 1)
    // Still one prediction for two entries: the second is a miss either way.
    #expect(twins.hits == 1 && twins.misses == 1)
    let plain = score(gold: gold, predictions: predicted, twins: false)
    #expect(plain.speakerRight == 0 && plain.speakerChecked == 1)
  }

  @Test func anotherQuotesSourceDoesNotCount() {
    let gold = [
      Item(text: "Die Lage ist ernst", speaker: "Die Zeitung", span: 1),
      Item(text: "Wir warten ab", speaker: "Der Minister", span: 2),
    ]
    let predicted = [Item(text: "Die Lage ist ernst", speaker: "Der Minister")]
    let result = score(gold: gold, predictions: predicted, twins: true)
    #expect(result.speakerRight == 0 && result.speakerChecked == 1)
    #expect(result.hits == 1 && result.misses == 1)
  }
}
