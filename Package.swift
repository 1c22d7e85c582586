// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Soma",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "soma", targets: ["Workbench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CTCC", path: "Sources/CTCC"),
        .systemLibrary(name: "CEdit", path: "Sources/CEdit"),
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS"),
        .target(name: "Kernel", dependencies: ["CTCC", "CBLAS", "Plot"]),
        .target(name: "Plot"),
        .target(name: "KernelClient", dependencies: ["Kernel"]),
        .executableTarget(
            name: "Workbench",
            dependencies: [
                "Kernel", "KernelClient", "Plot", "CNcurses", "CEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "KernelBench", dependencies: ["Kernel"], path: "bench/kernel"),
        .executableTarget(name: "PlotBench", dependencies: ["Plot"], path: "bench/plot"),
        .executableTarget(name: "AnalysisBench", dependencies: ["Kernel"], path: "bench/analysis"),
        .testTarget(name: "KernelTests", dependencies: ["Kernel", "SomaTestSupport"], exclude: ["Golden"], resources: [.copy("Models"), .copy("References")]),
        .target(name: "SomaTestSupport", path: "Tests/Support"),
        .testTarget(name: "ProtocolTests", dependencies: ["Kernel", "KernelClient", "SomaTestSupport"]),
        .testTarget(name: "WorkbenchTests", dependencies: ["SomaTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot", "SomaTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "SessionTests", dependencies: ["Kernel", "SomaTestSupport"]),
    ]
)
