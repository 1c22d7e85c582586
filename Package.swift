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
        // The kernel, one target per stage of the data flow (Sources/README.md): a stage
        // imports only the stages before it, so a reach back up the flow does not compile.
        .target(name: "Support", dependencies: ["CBLAS"], path: "Sources/Kernel/Support"),
        .target(name: "Language", path: "Sources/Kernel/Language"),
        .target(name: "Symbolic", dependencies: ["CBLAS", "Support"], path: "Sources/Kernel/Symbolic"),
        .target(name: "Model", dependencies: ["Language", "Symbolic"], path: "Sources/Kernel/Model"),
        .target(name: "Library", dependencies: ["Language", "Model", "Support"], path: "Sources/Kernel/Library"),
        .target(name: "Integrators", dependencies: ["Model", "Symbolic"], path: "Sources/Kernel/Integrators"),
        .target(name: "Network", dependencies: ["Language", "Symbolic", "Model", "Library", "Integrators", "Support"],
                path: "Sources/Kernel/Network"),
        .target(name: "Lowering", dependencies: ["Language", "Symbolic", "Model", "Integrators", "Network", "Support"], path: "Sources/Kernel/Lowering"),
        .target(name: "Codegen", dependencies: ["Language", "Symbolic", "Integrators", "Network", "Lowering"], path: "Sources/Kernel/Codegen"),
        .target(name: "JIT", dependencies: ["CTCC", "Language", "Codegen", "Support"], path: "Sources/Kernel/JIT"),
        .target(name: "Runtime", dependencies: ["CBLAS", "Support", "Language", "Symbolic", "Model", "Network", "Lowering", "Codegen", "JIT"],
                path: "Sources/Kernel/Runtime"),
        // Optimised in debug builds too: FORCE's steps and RLS passes are loops of this module (SIMD lanes among
        // them), tens of times slower unoptimised, and the tests run its examples.
        .target(name: "Training", dependencies: ["CBLAS", "Support", "Symbolic"], path: "Sources/Kernel/Training",
                swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .target(name: "Output", dependencies: ["Plot", "Language", "Runtime", "Support"], path: "Sources/Kernel/Output"),
        .target(name: "Analysis", dependencies: ["CBLAS", "Plot", "Language", "Symbolic", "Model", "Network", "Lowering", "Codegen", "JIT",
                                                 "Runtime", "Output", "Support"], path: "Sources/Kernel/Analysis"),
        .target(name: "Execution", dependencies: ["Plot", "Language", "Symbolic", "Model", "Library", "Integrators", "Network", "Lowering", "Codegen", "JIT", "Runtime",
                                                  "Output", "Analysis", "Training", "Support"], path: "Sources/Kernel/Execution"),
        .target(name: "Session", dependencies: ["Plot", "Language", "Output", "Execution", "Support"], path: "Sources/Kernel/Session"),
        .target(name: "KernelProtocol", dependencies: ["Language", "Symbolic", "Model", "Integrators", "Library", "Network", "JIT", "Runtime", "Output", "Execution", "Session"],
                path: "Sources/Kernel/Protocol"),
        // `import Kernel`: every stage's public face, for the workbench, the benches and the tests.
        .target(name: "Kernel", dependencies: ["Support", "Language", "Symbolic", "Model", "Library", "Integrators", "Network", "Lowering",
                                               "Codegen", "JIT", "Runtime", "Training", "Output", "Analysis", "Execution", "Session", "KernelProtocol"],
                path: "Sources/Kernel/Exports"),
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
        .testTarget(name: "KernelTests", dependencies: ["Kernel", "SomaTestSupport"], exclude: ["Golden", "CUDA/FakeDriver"], resources: [.copy("Models"), .copy("References")]),
        .target(name: "SomaTestSupport", dependencies: ["Kernel"], path: "Tests/Support"),
        .testTarget(name: "ProtocolTests", dependencies: ["Kernel", "KernelClient", "SomaTestSupport"]),
        .testTarget(name: "WorkbenchTests", dependencies: ["SomaTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot", "SomaTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "SessionTests", dependencies: ["Kernel", "SomaTestSupport"]),
    ]
)
