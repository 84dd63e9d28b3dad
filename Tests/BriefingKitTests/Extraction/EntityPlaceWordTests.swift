import BriefingKit
import Testing

/// Ports, bridges and stations are places, whatever verb stands near their names.
struct EntityPlaceWordTests {
  @Test func aPortABridgeAndAStationArePlaces() {
    let text =
      "The Port of Brinmouth said trade was down. Traffic on the Harbour Bridge eased, and "
      + "trains left Northgate Station on time. The Port of Brinmouth expects a busy week."
    let entities = EntityExtractor().entities(
      in: Article(title: "", language: "en", paragraphs: [text]))
    for name in ["Port of Brinmouth", "Harbour Bridge", "Northgate Station"] {
      #expect(
        entities.first { $0.name == name }?.kind == .place,
        "\(name): \(entities.map { ($0.name, $0.kind) })")
    }
  }
}
