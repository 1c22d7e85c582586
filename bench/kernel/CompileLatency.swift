import Foundation
import Kernel

/// Latency from cell text to a compiled function for examples/hh.soma's model, split by stage.
/// ModelResolver is internal and NetworkCodegen.generate needs a NetworkPlan that only the Interpreter
/// can build, so stages are timed through public entry points and the rest is derived:
///   parse   = Parser.parse(cell)
///   resolve = Interpreter.execute(model only) − Parser.parse(model only)
///   codegen = RunSummary.compileSeconds − tcc          (compileSeconds is codegen + cache miss + tcc)
///   tcc     = libtcc compile + relocate of the same C text (TCCBuild)
///   total   = Interpreter.execute(model + population + `run 0 ms`), fresh CodeCache each time
struct CompileLatency {
    var repeats = 20
    let model = modelText(example: "hh.soma")
    var cell: String { model + "population P = HH(1)\nrun 0 ms dt = 0.01 ms method = rk4 jit = tcc\n" }

    struct Figures {
        var parse, resolve, codegen, tcc, total: Double
        var compileSeconds: Double
    }

    func measure() -> Figures {
        let parse = timed { _ = try! Parser.parse(cell) }
        let parseModel = timed { _ = try! Parser.parse(model) }
        let define = timed { execute(Interpreter(), model) }
        var compile: [Double] = []
        let total = timed {
            let summary = runSummary(execute(Interpreter(cache: CodeCache()), cell))
            precondition(!summary.compiledFromCache, "a fresh cache must miss")
            compile.append(summary.compileSeconds)
        }
        let source = capturedSource(cell)
        let tcc = timed { _ = TCCBuild(source: source) }
        let compileSeconds = median(compile)
        return Figures(parse: parse, resolve: define - parseModel, codegen: compileSeconds - tcc, tcc: tcc,
                       total: total, compileSeconds: compileSeconds)
    }

    /// Median seconds of `repeats` calls after one warm-up call (first-call costs such as loading are not latency).
    private func timed(_ body: () -> Void) -> Double {
        body()
        return median((0..<repeats).map { _ in seconds(body) })
    }
}
