import XCTest
@testable import Execution
@testable import Language

/// The neuron loop flags a non-finite value by or-ing the bits of Σ (x − x) over the variables, which are zero
/// exactly when every value is finite. A variable after the first going infinite still stops the run at the step
/// and neuron where it does, in both tiers and both precisions.
final class NonFiniteBitsTests: XCTestCase {
    /// y blows up first in neuron 0 (the largest start), inside cc's vector loop; x stays finite.
    private func pair(precision: String, jit: String) -> String {
        """
        system Pair {
         var x = 1
         var y = 1
         dx/dt = -x
         dy/dt = y*y
        }
        population P = Pair(35)
        P.y = 2 - 0.01 * i
        run 10 dt = 0.01 method = euler precision = \(precision) jit = \(jit)
        """
    }

    func testTheSecondVariableGoingInfiniteStopsTheRunAlikeInBothTiers() {
        for precision in ["f32", "f64"] {
            let messages = ["tcc", "cc"].map { jit -> String in
                let error = firstError(Interpreter.withPrivateCache().execute(pair(precision: precision, jit: jit)))
                XCTAssertEqual(error?.line, 9, "\(precision) \(jit)")
                return error?.message ?? "no error"
            }
            XCTAssertTrue(messages[0].hasPrefix("P.y[0] became +Inf at t = "), messages[0])
            XCTAssertEqual(messages[0], messages[1], precision)
        }
    }
}
