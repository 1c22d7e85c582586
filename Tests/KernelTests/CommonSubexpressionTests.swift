import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Lowering
@testable import Symbolic

/// The common-subexpression pass of the step code: what it shares, what it never shares, and that
/// the shared form evaluates to the same bits as the original.
final class CommonSubexpressionTests: XCTestCase {
    /// Exponential Euler's group for HH (each right-hand side and its slope) calls the six rate
    /// functions twice each; shared, each is called once.
    func testHodgkinHuxleyRateFunctionsAreComputedOnce() throws {
        let interpreter = Interpreter.withPrivateCache()
        _ = interpreter.execute(try example("hh.soma").components(separatedBy: "population Axon")[0])
        let model = try XCTUnwrap(interpreter.network.models["HH"])
        let group = model.equations.map { $0.rhs.exprelSafe() } + model.equations.map { $0.rhs.derivative(with: $0.variable).exprelSafe() }
        let shared = CommonSubexpressions(group) { "@c\($0)" }
        XCTAssertEqual(group.map(\.transcendentalCalls).reduce(0, +), 12)
        XCTAssertEqual((shared.expressions + shared.values.map(\.value)).map(\.transcendentalCalls).reduce(0, +), 6)

        for state in [(-65e-3, 0.05, 0.6, 0.32), (-40e-3, 0.5, 0.2, 0.7), (20e-3, 0.99, 0.01, 0.9)] {
            var known: [String: Double] = ["V": state.0, "m": state.1, "h": state.2, "n": state.3, "I": 1e-2]
            for p in model.parameters { known[p.name] = p.value }
            for (name, value) in shared.values { known[name] = try value.evaluate { known[$0] } }
            for (original, rewritten) in zip(group, shared.expressions) {
                XCTAssertEqual(try rewritten.evaluate { known[$0] }.bitPattern, try original.evaluate { known[$0] }.bitPattern)
            }
        }
    }

    func testValuesComeAfterTheValuesTheyRead() {
        let x = Expr.symbol("x"), y = Expr.symbol("y")
        let inner = Expr.build(.exp, [x * y])
        let outer = (inner + x) * (inner + x)
        let shared = CommonSubexpressions([outer + inner, outer - y]) { "@c\($0)" }
        // outer, then inner + x within it, then inner within that and within the first expression.
        XCTAssertEqual(shared.values.count, 3)
        let names = shared.values.map(\.name)
        for (k, value) in shared.values.enumerated() {
            XCTAssertTrue(value.value.symbols.filter { $0.hasPrefix("@") }.allSatisfy { names.firstIndex(of: $0)! < k })
        }
    }

    /// Each random call is a draw of its own: two equal-looking draws stay two draws.
    func testRandomDrawsAreNeverShared() {
        let x = Expr.symbol("x")
        let noisy = Expr.build(.randn, []) * x + Expr.build(.exp, [x])
        let shared = CommonSubexpressions([noisy, noisy]) { "@c\($0)" }
        XCTAssertEqual(shared.values.map(\.value), [Expr.build(.exp, [x])])
        XCTAssertEqual(shared.expressions.map { $0.randomCalls }, [1, 1])
    }
}

private extension Expr {
    var transcendentalCalls: Int { calls { $0 == .exp || $0 == .exprel } }
    var randomCalls: Int { calls(\.isRandom) }

    func calls(_ which: (MathFunction) -> Bool) -> Int {
        switch self {
        case .constant, .symbol: return 0
        case .unary(_, let a): return a.calls(which)
        case .binary(_, let a, let b): return a.calls(which) + b.calls(which)
        case .call(let f, let args): return (which(f) ? 1 : 0) + args.map { $0.calls(which) }.reduce(0, +)
        }
    }
}
