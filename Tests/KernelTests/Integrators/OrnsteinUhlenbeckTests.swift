import Foundation
import XCTest
import Kernel

/// The Ornstein–Uhlenbeck process dx = −θx dt + σ√(2θ) dW from x0 = 1: at time t its mean is
/// e^{−θt}, its variance σ²(1 − e^{−2θt}), and x(t) and x(t + τ) correlate by e^{−θτ}·sd(t)/sd(t + τ).
/// 10000 paths at dt = 0.005, where the methods' bias (θ·dt/2 = 0.25% of the variance for
/// Euler–Maruyama) is below the statistical error; each bound is four standard errors:
/// 4σ/√n for the mean, 4·√(2/n) of the variance, 4(1 − ρ²)/√n for the correlation.
final class OrnsteinUhlenbeckTests: XCTestCase {
    private let n = 10_000.0, theta = 1.0, sigma = 1.0

    private func moments(_ method: String) -> (mean: Double, variance: Double, correlation: Double, variance2: Double) {
        let source = """
        system OU {
          param theta = \(theta), sigma = \(sigma)
          var x = 1
          dx/dt = -theta * x + sigma * sqrt(2 * theta) * xi
        }
        population P = OU(\(Int(n)))
        run 1 dt = 0.005 method = \(method) seed = 21
        print P.x
        run 0.5 dt = 0.005 method = \(method)
        print P.x
        """
        var samples: [[Double]] = []
        for case .value("P.x", let values, _, _) in runModel(source) { samples.append(values) }
        func mean(_ v: [Double]) -> Double { v.reduce(0, +) / Double(v.count) }
        let (a, b) = (samples[0], samples[1])
        let ma = mean(a), mb = mean(b)
        let va = mean(a.map { ($0 - ma) * ($0 - ma) }), vb = mean(b.map { ($0 - mb) * ($0 - mb) })
        let covariance = mean(zip(a, b).map { ($0 - ma) * ($1 - mb) })
        return (ma, va, covariance / (va * vb).squareRoot(), vb)
    }

    func testMeanVarianceAndCorrelationMatchTheClosedForm() {
        let variance1 = sigma * sigma * (1 - exp(-2 * theta)), variance2 = sigma * sigma * (1 - exp(-3 * theta))
        let correlation = exp(-0.5 * theta) * (variance1 / variance2).squareRoot()
        for method in ["euler", "exp_euler", "milstein", "milstein2", "heun", "srk1w1", "srk2w1"] {
            let m = moments(method)
            XCTAssertEqual(m.mean, exp(-theta), accuracy: 4 * variance1.squareRoot() / n.squareRoot(), method)
            XCTAssertEqual(m.variance, variance1, accuracy: 4 * variance1 * (2 / n).squareRoot(), method)
            XCTAssertEqual(m.variance2, variance2, accuracy: 4 * variance2 * (2 / n).squareRoot(), method)
            XCTAssertEqual(m.correlation, correlation, accuracy: 4 * (1 - correlation * correlation) / n.squareRoot(), method)
        }
    }

    /// Noise is drawn per neuron, step and draw from the seed: chunk boundaries and threads do not
    /// change a bit of a multiplicative, two-noise Milstein run (TierTests compares the tiers).
    func testNoiseIsReproducibleWhateverTheChunksAndThreads() {
        let source = """
        system Two {
          var x = 1
          var y = 0.5
          dx/dt = -x + 0.3 * x * xi_1 + 0.2 * y * xi_2
          dy/dt = x - y + 0.5 * xi_1
        }
        population P = Two(3000)
        run 2 dt = 0.01 method = milstein seed = 5 THREADS
        print P.x
        print P.y
        """
        func run(_ threads: Int, chunk: Int64? = nil) -> [Double] {
            let outputs = runModel(source.replacingOccurrences(of: "THREADS", with: "threads = \(threads)"), chunk: chunk)
            return printed(outputs, "P.x") + printed(outputs, "P.y")
        }
        let reference = run(1)
        XCTAssertEqual(run(1, chunk: 7), reference)
        XCTAssertEqual(run(4, chunk: 30), reference)
    }
}
