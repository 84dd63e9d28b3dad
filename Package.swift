// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("MemberImportVisibility"),
]

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
    .testTarget(
      name: "BriefingKitTests", dependencies: ["BriefingKit"], resources: [.copy("Fixtures")],
      swiftSettings: strict),
    .testTarget(name: "briefingTests", dependencies: ["briefing"], swiftSettings: strict),
  ])
