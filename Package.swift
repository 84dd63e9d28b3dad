// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("MemberImportVisibility"),
]

// libFuzzer targets, one per property; a plain build makes replayers of saved inputs.
let fuzzTargets: [Target] = ["Reader", "Sentences", "Quotes", "Topics", "Words", "Memo"].map {
  .executableTarget(name: "Fuzz\($0)", dependencies: ["FuzzSupport"], swiftSettings: strict)
}

let package = Package(
  name: "briefing",
  products: [
    .executable(name: "briefing", targets: ["briefing"]),
    .library(name: "BriefingKit", targets: ["BriefingKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .target(
      name: "BriefingKit",
      dependencies: [
        "CLibXML2",
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "GRDB", package: "GRDB.swift"),
        // The SQLite C API, for binding rows value by value on load (Session/RowInsert.swift).
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Yams", package: "Yams"),
      ],
      swiftSettings: strict),
    .executableTarget(
      name: "briefing",
      dependencies: [
        "BriefingKit", "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strict),
    // Scores quote extraction on the public corpora (PolNeAR, German WikiNews) and its speed.
    .executableTarget(name: "briefing-eval", dependencies: ["BriefingKit"], swiftSettings: strict),
    // Times loading, analysis and every interactive command up to 20,000 articles (make bench).
    .executableTarget(name: "briefing-bench", dependencies: ["BriefingKit"], swiftSettings: strict),
    // Properties shared by the fuzz targets and the tests; see scripts/fuzz.sh.
    .target(name: "FuzzSupport", dependencies: ["BriefingKit"], swiftSettings: strict),
    .testTarget(
      name: "BriefingKitTests",
      dependencies: [
        "BriefingKit", "FuzzSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      resources: [.copy("Fixtures")], swiftSettings: strict),
    .testTarget(name: "briefingTests", dependencies: ["briefing"], swiftSettings: strict),
    .testTarget(name: "BriefingEvalTests", dependencies: ["briefing-eval"], swiftSettings: strict),
  ] + fuzzTargets)
