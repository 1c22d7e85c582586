import Foundation
import XCTest
@testable import Codegen
@testable import JIT
@testable import Network

/// Runs a body over the prelude in the tcc tier and in the cc tier: the entry point reads doubles from slot 0
/// (`input`) and writes `outputCount` doubles to slot 1, given n = `count`. What each tier wrote, tcc's first.
func preludeInBothTiers(_ body: String, precision: Precision, input: [Double], count: Int,
                        outputCount: Int) throws -> [(tier: String, values: [Double])] {
    let unit = GeneratedUnit(source: CPrelude.source(precision: precision, body: body), slots: [], parameters: [], origins: [:])
    guard let system = NativeToolchain.system() else { throw XCTSkip("no C compiler (cc) on this machine") }
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent("soma-prelude-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: cache) }
    let toolchain = NativeToolchain(compiler: system.compiler, cacheDirectory: cache)
    return try [("tcc", TCCCompiler.compile(unit)), ("cc", NativeCompiler.compile(unit, with: toolchain).chunk)].map { tier, chunk in
        var input = input, output = [Double](repeating: 0, count: outputCount)
        input.withUnsafeMutableBytes { i in
            output.withUnsafeMutableBytes { o in
                var slots: [UnsafeMutableRawPointer?] = [i.baseAddress, o.baseAddress]
                _ = slots.withUnsafeMutableBufferPointer { chunk.function($0.baseAddress!, Int64(count), 0) }
            }
        }
        return (tier, output)
    }
}
