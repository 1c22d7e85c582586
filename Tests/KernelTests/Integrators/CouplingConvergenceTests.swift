import Foundation
import XCTest
import Kernel

/// Couplings are summed at every stage of a Runge–Kutta method, so coupled populations keep the
/// method's order (summed once per step, rk4 fell to order 1: errors 3.65e-3 … 4.5e-4 halving).
final class CouplingConvergenceTests: XCTestCase {
    /// `couple` W·x with W = [[0, -1], [1, 0]]: dx/dt = -x + Wx from (1, 0) is
    /// e^{-t}(cos t, sin t). Measured orders: midpoint 2.01, rk3 3.04, rk4 4.02.
    func testDenseCouplingKeepsTheOrderOfEachMethod() {
        func error(_ method: String, _ dt: Double) -> Double {
            let source = """
            system Lin {
              input I = 0
              var x = 1 - i
              dx/dt = -x + I
            }
            population P = Lin(2)
            couple P.x -> P.I weight = (i - j)
            run 2 dt = \(dt) method = \(method)
            print P.x
            """
            let x = printed(runModel(source), "P.x")
            return max(abs(x[0] - exp(-2) * cos(2)), abs(x[1] - exp(-2) * sin(2)))
        }
        for (method, order) in [("midpoint", 2.0), ("rk3", 3.0), ("rk4", 4.0)] {
            XCTAssertEqual(log2(error(method, 0.05) / error(method, 0.025)), order, accuracy: 0.1, method)
        }
    }

    /// A gap junction between two populations: dA/dt = -A + (B - A), dB/dt = -B + (A - B) from
    /// (1, 0) is ((e^{-t} + e^{-3t})/2, (e^{-t} - e^{-3t})/2). Measured: midpoint 2.08, rk4 4.09.
    func testGapJunctionsKeepTheOrderOfEachMethod() {
        func error(_ method: String, _ dt: Double) -> Double {
            let source = """
            synapse Link {
              current = x_pre - x_post
            }
            system Lin {
              input I = 0
              var x = 1
              dx/dt = -x + I
            }
            population A = Lin(1)
            population B = Lin(1)
            B.x = 0
            connect A -> B.I using Link all
            run 1 dt = \(dt) method = \(method)
            print A.x, B.x
            """
            let outputs = runModel(source)
            return max(abs(printed(outputs, "A.x")[0] - (exp(-1) + exp(-3)) / 2), abs(printed(outputs, "B.x")[0] - (exp(-1) - exp(-3)) / 2))
        }
        for (method, order) in [("midpoint", 2.0), ("rk4", 4.0)] {
            XCTAssertEqual(log2(error(method, 0.05) / error(method, 0.025)), order, accuracy: 0.15, method)
        }
    }

    /// Staged passes split by threads give the bits of one thread (each stage's coupling is summed by
    /// one part, in column order).
    func testStagedCouplingIsTheSameWhateverTheThreads() {
        func run(_ threads: Int) -> [Double] {
            let source = """
            system Rate {
              input I = 0
              var r = 0.1 + 0.8 * i / N
              dr/dt = -r + tanh(I + 0.2)
            }
            population P = Rate(300)
            couple P.r -> P.I weight = 2 * cos(2 * pi * (i - j) / N) / N
            run 5 dt = 0.01 method = rk4 threads = \(threads)
            print P.r
            """
            return printed(runModel(source), "P.r")
        }
        XCTAssertEqual(run(3), run(1))
    }

    /// Euler–Maruyama with a coupling and additive noise: the mean of dx = (A x) dt + σ dW, with A
    /// the coupled matrix, is e^{At}x0, and Euler's mean (I + A dt)^n x0 converges to it at order 1:
    /// from dt = 0.2 to 0.1 its error shrinks by 2^1.04 (1.04 measured too, over 1000 paths whose
    /// statistical error, 0.0001, is far below the bias, 0.008–0.016).
    func testEulerMaruyamaWithACouplingIsWeaklyFirstOrder() {
        func meanError(_ dt: Double) -> Double {
            let source = """
            system Noisy {
              input I = 0
              var x = 1
              dx/dt = -x + I + 0.005 * xi
            }
            population P = Noisy(1000)
            couple P.x -> P.I weight = 0.5 / N
            run 1 dt = \(dt) method = euler seed = 2
            print mean(P.x)
            """
            // All neurons start at 1 and each feels half the mean: the mean obeys dm/dt = -m/2.
            return abs(printed(runModel(source), "mean(P.x)")[0] - exp(-0.5))
        }
        XCTAssertEqual(log2(meanError(0.2) / meanError(0.1)), 1.04, accuracy: 0.05)
    }
}
