import Foundation
import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Integrators
@testable import Lowering
@testable import Network

/// The step program a network lowers to: printed whole for small models (golden files in
/// Golden/lowering), and the integrator expansion checked as data by evaluating it.
final class LoweringTests: XCTestCase {
    private static let golden = GoldenFiles(folder: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/lowering"))

    /// A leaky neuron driven by a sine, refractory for 2 ms, onto a target through an STDP synapse
    /// with per-synapse delays, and a Poisson input: exponential Euler with a hoisted factor,
    /// spike, reset and both event blocks.
    private static let network = """
        neuron L {
          param tau = 10 ms, El = -70 mV, Vt = -50 mV
          input I = 0 nA
          var v = -70 mV
          dv/dt = (El - v) / tau + I / 1 nF
          spike v > Vt
          reset v = El
          refractory 2 ms
        }
        population A = L(10)
        population B = L(5)
        A.I = 1 nA * sin(t / 1 ms)
        connect A -> B.I using STDP p = 0.5 w = 0.5 nS delay = 0.2 ms + 1 ms * rand()
        connect poisson(20, rate = 5 Hz * (t < 100 ms)) -> B.I using ExpCurr w = 0.1 nA
        """

    func testNetworkWithExponentialEulerPrints() throws {
        assertGolden(try text(Self.network, method: nil), named: "exp_euler_network.txt")
    }

    func testHodgkinHuxleyWithRK4Prints() throws {
        let hh = try example("hh.soma").components(separatedBy: "run ")[0]
        assertGolden(try text(hh, method: .explicit("rk4", .rk4)), named: "hh_rk4.txt")
    }

    /// RK4's stages, evaluated as data for dx/dt = -x, give one step of its stability polynomial
    /// (1 - h + h²/2 - h³/6 + h⁴/24)·x. Both round 1/6 and 1/3 and add in different orders, so
    /// "exactly" is to the last bits: within two ulps (bit for bit at h = 0.5 and h = 0.01).
    func testRK4ExpansionEvaluatesToItsPolynomial() throws {
        let decay = "system Decay {\n  var x = 1\n  dx/dt = -x\n}\npopulation P = Decay(1)\n"
        let update = try program(decay, method: .explicit("rk4", .rk4)).populations[0].update
        let steps: [(h: Double, x: Double)] = [(0.5, 1.0), (0.1, 0.7), (0.01, -3.0), (1.0, 2.0)]
        for (h, x) in steps {
            var known: [String: Double] = ["x": x, "dt": h, "t": 0]
            for assignment in update.assignments { known[assignment.name] = try assignment.value.evaluate { known[$0] } }
            let h2: Double = h * h, h3: Double = h2 * h, h4: Double = h3 * h
            let polynomial: Double = (1 - h + h2 / 2 - h3 / 6 + h4 / 24) * x
            XCTAssertEqual(try XCTUnwrap(known["n_x"]), polynomial, accuracy: 2 * polynomial.ulp, "h = \(h)")
        }
    }

    /// Each stage reads the slopes before it with the tableau's weights, at the tableau's times.
    func testRK4StagesAreTheTableau() throws {
        let stages = ButcherTableau.rk4.expandedStages
        XCTAssertEqual(stages.map(\.timeFraction), [0.0, 0.5, 0.5, 1.0] as [Double])
        XCTAssertEqual(stages.map(\.increments), [[], [WeightedSlope(stage: 0, weight: 0.5)], [WeightedSlope(stage: 1, weight: 0.5)],
                                                  [WeightedSlope(stage: 2, weight: 1)]])
        let sixth: Double = 1.0 / 6, third: Double = 1.0 / 3
        XCTAssertEqual(ButcherTableau.rk4.resultTerms.map(\.weight), [sixth, third, third, sixth])
    }

    /// COBA's LIF under Euler: each division by a parameter becomes a product with its reciprocal,
    /// computed once per step; a division by a per-neuron value stays in the loop.
    func testDivisionsByParametersBecomeProductsWithReciprocalsOnceAStep() throws {
        let lif = """
            neuron LIF {
              param taum = 20 ms, El = -60 mV, tau = 5 ms
              var v = El
              var g = 0
              dv/dt = (g * (0 mV - v) - (v - El)) / taum
              dg/dt = -g / tau + 1 / (1 + g * g) / tau
            }
            population P = LIF(4)
            """
        let population = try program(lif, method: .explicit("euler", .euler)).populations[0]
        XCTAssertEqual(population.invariants.map(\.value.text), ["1 / taum", "1 / tau"])
        let divisions = population.update.assignments.flatMap { $0.value.divisors }
        XCTAssertEqual(divisions.map(\.text), ["1 + g * g"])
    }

    /// A later Runge–Kutta stage reads its own time, so a value of t is hoisted from stage 0 only;
    /// evaluated as data, the hoisted step is RK4 of dx/dt = sin(t / tau) - x / tau to a few ulps.
    func testOnlyTheFirstStageHoistsValuesOfTime() throws {
        let driven = "system D {\n  param tau = 2\n  var x = 1\n  dx/dt = sin(t / tau) - x / tau\n}\npopulation P = D(1)\n"
        let population = try program(driven, method: .explicit("rk4", .rk4)).populations[0]
        XCTAssertEqual(population.invariants.map(\.value.text), ["sin(t / tau)", "1 / tau"])
        let (h, t0, x0, tau): (Double, Double, Double, Double) = (0.1, 0.3, 0.7, 2)
        var known: [String: Double] = ["x": x0, "dt": h, "t": t0, "tau": tau]
        for assignment in population.invariants + population.update.assignments {
            known[assignment.name] = try assignment.value.evaluate { known[$0] }
        }
        func f(_ t: Double, _ x: Double) -> Double { sin(t / tau) - x / tau }
        let k1 = f(t0, x0), k2 = f(t0 + h / 2, x0 + h / 2 * k1), k3 = f(t0 + h / 2, x0 + h / 2 * k2), k4 = f(t0 + h, x0 + h * k3)
        let rk4 = x0 + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        XCTAssertEqual(try XCTUnwrap(known["n_x"]), rk4, accuracy: 4 * rk4.ulp)
    }

    /// Exponential Euler's factor dt·exprel(dt·b) for a slope b the same for every neuron is one of
    /// the loop invariants, and the rate's division by τ a product with 1/τ: no division per neuron.
    func testExponentialEulerDividesNowhereInTheLoopForAParameterSlope() throws {
        let decay = "system G {\n  param tau = 5 ms\n  var g = 1\n  dg/dt = -g / tau\n}\npopulation P = G(3)\n"
        let population = try program(decay, method: .exponentialEuler).populations[0]
        XCTAssertEqual(population.invariants.map(\.value.text), ["dt * exprel(-(1 / tau) * dt)", "1 / tau"])
        XCTAssertEqual(population.update.assignments.flatMap { $0.value.divisors }, [])
    }

    private func program(_ source: String, method: IntegrationMethod?) throws -> StepProgram {
        try lowered(source, method: method).program
    }

    /// The program as `StepProgram.text` writes it, with the values of the network's Poisson rates.
    private func text(_ source: String, method: IntegrationMethod?) throws -> String {
        let (program, network) = try lowered(source, method: method)
        return program.text(of: network)
    }

    private func lowered(_ source: String, method: IntegrationMethod?) throws -> (program: StepProgram, network: Network) {
        let interpreter = Interpreter.withPrivateCache()
        let errors = interpreter.execute(source).filter { if case .error = $0 { return true } else { return false } }
        XCTAssertTrue(errors.isEmpty, "\(errors)")
        return (lower(NetworkPlan(interpreter.network, options: RunOptions(dt: 1e-4, method: method)) { _ in }), interpreter.network)
    }

    private func assertGolden(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        if let mismatch = Self.golden.mismatch(text, named: name) { XCTFail(mismatch, file: file, line: line) }
    }
}

private extension Expr {
    /// The denominators of the divisions in the expression, outermost first.
    var divisors: [Expr] {
        switch self {
        case .constant, .symbol: return []
        case .unary(_, let a): return a.divisors
        case .binary(.divide, let a, let b): return [b] + a.divisors + b.divisors
        case .binary(_, let a, let b): return a.divisors + b.divisors
        case .call(_, let args): return args.flatMap(\.divisors)
        }
    }
}
