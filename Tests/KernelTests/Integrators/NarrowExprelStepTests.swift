import Foundation
import XCTest
import Kernel
@testable import Execution

/// Exponential Euler's per-neuron exprel: a step whose arguments dt·b all lie in exprel's narrow range runs a loop
/// calling soma_exprel_narrow, any other step the loop calling soma_exprel (NeuronUpdateCode.narrowCheck). The two
/// give the same bits, and exponential Euler is exact for dx/dt = −k·x, so both paths end on e^(−k·t).
final class NarrowExprelStepTests: XCTestCase {
    /// P holds k = 1 and k = 30 (dt·b = −0.1 and −3: the check fails, every step takes the full exprel), Q three
    /// neurons with k = 1 (the narrow loop). After 10 steps of 0.1 each x is e^(−k) (within 16 ulps for k = 1), Q's neurons
    /// have P's first neuron's bits, and tcc gives cc's, in f64 and f32.
    func testBothLoopsEndOnTheExactDecayWithTheSameBits() throws {
        for precision in ["f64", "f32"] {
            var values: [String: [Double]] = [:]
            for jit in ["tcc", "cc"] {
                let outputs = runModel("""
                    system Decay {
                      var x = 1
                      var k = 1
                      dx/dt = -k * x
                    }
                    population P = Decay(2)
                    P.k = 1 + 29 * i
                    population Q = Decay(3)
                    run 1 dt = 0.1 precision = \(precision) jit = \(jit)
                    print P.x
                    print Q.x
                    """)
                let (p, q) = (printed(outputs, "P.x"), printed(outputs, "Q.x"))
                let epsilon = precision == "f64" ? Double.ulpOfOne : Double(Float.ulpOfOne)
                XCTAssertEqual(p[0], exp(-1), accuracy: 16 * epsilon * exp(-1), "\(precision) \(jit)")
                // x + dt·(−k·x)·exprel(−3) = x·(1 − 3·exprel(−3)) cancels 20-fold in each of the 10 steps.
                XCTAssertEqual(p[1], exp(-30), accuracy: 400 * epsilon * exp(-30), "\(precision) \(jit)")
                for x in q { XCTAssertEqual(x.bitPattern, p[0].bitPattern, "\(precision) \(jit): narrow loop \(x), full \(p[0])") }
                values[jit] = p + q
            }
            XCTAssertEqual(values["tcc"]!.map(\.bitPattern), values["cc"]!.map(\.bitPattern), precision)
        }
    }

    /// The check and the two loops are emitted for a per-neuron exprel; an update drawing random numbers, one whose
    /// arguments call a function, or one without a per-neuron exprel keeps its one loop.
    func testTheCheckIsEmittedOnlyWherePerNeuronExprelsNeedNoDraws() throws {
        func unit(_ equation: String) throws -> String {
            let emitted = NetworkCheck.emit("system S {\n  var x = 1\n  var k = 2\n  \(equation)\n}\npopulation P = S(4)\nrun 1 dt = 0.1 method = exp_euler\n")
            XCTAssertEqual(emitted.diagnostics.map(\.message), [], equation)
            return try XCTUnwrap(emitted.units.last?.source)
        }
        XCTAssertTrue(try unit("dx/dt = -k * x").contains("if (narrow)"))
        XCTAssertFalse(try unit("dx/dt = -x").contains("if (narrow)"), "a loop-invariant exprel is computed once, before the loop")
        XCTAssertFalse(try unit("dx/dt = -k * x + 0.1 * xi").contains("if (narrow)"), "a Wiener increment is drawn for the update")
        let calling = try unit("dx/dt = -exp(k) * x")
        XCTAssertFalse(calling.contains("if (narrow)"), "a check that calls exp costs what the narrow loop saves")
        XCTAssertTrue(calling.contains("soma_exprel(b_x * dtr)"), "without a check the factor is the plain exprel")
    }
}
