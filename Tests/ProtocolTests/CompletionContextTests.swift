import Kernel
import XCTest

final class CompletionContextTests: XCTestCase {
    private let cell = """
        system D {
         param k = 1, c = 2
         input I = 0
         var x = 1
         dx/dt = -k*x + c + I
        }
        population P = D(3)
        """

    func testEachPlaceOffersItsOwnWords() {
        let interpreter = Interpreter.withPrivateCache()
        _ = interpreter.execute(cell)
        let index = CompletionIndex(interpreter)
        XCTAssertEqual(index.candidates(for: "", after: "bifurcation D vary "), ["I", "c", "k"])
        XCTAssertEqual(index.candidates(for: "", after: "bifurcation P vary k in [0, 1], "), ["I", "c", "k"], "a population's model, a second parameter")
        XCTAssertEqual(index.candidates(for: "rk", after: "run 1 ms method="), ["rk2", "rk3", "rk4", "rk4_38rule", "rkf12", "rkf45", "rkdp"])
        XCTAssertEqual(index.candidates(for: "", after: "run 1 jit = "), JITTier.allCases.map(\.rawValue))
        XCTAssertEqual(index.candidates(for: "", after: "population Q = "), (["D"] + NeuronLibrary.names).sorted(), "the session's models and the library's")
        XCTAssertTrue(index.candidates(for: "", after: "connect P -> P using ").contains("ExpCond"))
        XCTAssertEqual(index.candidates(for: "P.", after: "print "), ["P.I", "P.c", "P.k", "P.x"])
        XCTAssertTrue(index.candidates(for: "re", after: "").contains("record"), "elsewhere every word")
    }
}
