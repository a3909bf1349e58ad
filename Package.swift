// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "safeguard",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "AuditKit", targets: ["AuditKit"]),
        .library(name: "SafeguardProbe", targets: ["SafeguardProbe"]),
        .executable(name: "safeguard", targets: ["safeguard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
    ],
    targets: [
        .target(
            name: "AuditKit",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "SafeguardProbe",
            dependencies: [
                "AuditKit",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "safeguard",
            dependencies: [
                "AuditKit",
                "SafeguardProbe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "embed-resources", path: "Sources/embed-resources"),
        // Feeds bytes to every loader: a libFuzzer target with -DFUZZING (scripts/fuzz), else a
        // replayer of corpus folders (FuzzCorpusReplayTests).
        .executableTarget(name: "safeguard-fuzz", dependencies: ["AuditKit"]),
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["embed-resources"]
        ),
        .testTarget(
            name: "AuditKitTests",
            dependencies: [
                "AuditKit",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures", "Golden"]
        ),
        .testTarget(
            name: "SafeguardCLITests",
            dependencies: ["AuditKit", "safeguard"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SafeguardProbeTests",
            dependencies: [
                "SafeguardProbe", "AuditKit", "safeguard",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            exclude: ["Support/fake_openai.py"]
        ),
    ]
)
