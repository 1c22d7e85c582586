import Foundation
import XCTest
import Kernel
@testable import Output
import Plot

/// examples/ou.soma and examples/noisy_lif.soma as written, against closed forms.
final class NoisyExampleTests: XCTestCase {
    /// 20000 paths at t = 10: the mean within four standard errors (4·0.5/√20000 = 0.014) of
    /// 2e^{-10}, the variance within four of its standard errors (4·√(2/20000)·0.25 = 0.01) of
    /// 0.25 (exp_euler's own bias at dt = 0.01 is 0.25·θdt/2 = 0.001); the histogram figure
    /// carries the closed-form density.
    func testOrnsteinUhlenbeckExample() throws {
        let outputs = runModel(try example("ou.soma"))
        XCTAssertEqual(printed(outputs, "mean(P.x)")[0], 2 * exp(-10), accuracy: 0.014)
        XCTAssertEqual(printed(outputs, "mean(P.x^2) - mean(P.x)^2")[0], 0.25, accuracy: 0.01)
        let figures = outputs.compactMap { output -> Figure? in if case .figure(let f) = output { return f } else { return nil } }
        let histogram = try XCTUnwrap(figures.last)
        let names = histogram.panels.first?.series.compactMap { series -> String? in
            switch series {
            case .histogram(let name, _, _, _), .line(let name, _, _, _): return name
            default: return nil
            }
        }
        XCTAssertEqual(names, ["simulated", "density"])
    }

    /// Quiet neurons fire at 1/(t_ref + τ ln(RI/(RI − 15 mV))) on the step grid (each interval rounds up
    /// to whole steps: within one spike of the closed form). Noisy ones at Siegert's rate,
    /// 1/ν = t_ref + τ√π ∫_{y_r}^{y_θ} e^{u²}(1 + erf u) du, y = (V − μ)/σ_B, μ = El + RI,
    /// σ_B = √2·sigma, with threshold and reset both raised by σ_B·(|ζ(1/2)|/√2)·√(dt/τ) for the
    /// discrete step (Brunel, Chance, Fourcaud & Abbott 2001); each within four Poisson standard
    /// errors of 200 neurons' counts.
    func testNoisyLIFFollowsSiegertsFormula() throws {
        let outputs = runModel(try example("noisy_lif.soma"))
        let quiet = printed(outputs, "Quiet.n")
        let drives = [1.2, 1.4, 1.6, 1.8, 2.0]
        for (k, current) in drives.enumerated() where current > 1.5 {
            let rate = 1 / (2e-3 + 10e-3 * log(current * 10 / (current * 10 - 15)))
            XCTAssertEqual(quiet[k], rate, accuracy: 1, "quiet at \(current) nA")
        }
        XCTAssertEqual(Array(quiet.prefix(2)), [0, 0])
        let noisy = (0..<5).map { k in printed(outputs, "mean(Noisy.n[\(200 * k):\(200 * k + 200)])")[0] }
        for (k, current) in drives.enumerated() {
            let expected = siegert(mu: -65 + 10 * current, sigma: 2 * 2.0.squareRoot(), dt: 0.01)
            XCTAssertEqual(noisy[k], expected, accuracy: 4 * (expected / 200).squareRoot(), "noisy at \(current) nA")
        }
    }

    /// Siegert's rate in Hz for a membrane in mV with τ = 10 ms, t_ref = 2 ms, θ = −50 mV, V_r = −65 mV.
    private func siegert(mu: Double, sigma: Double, dt: Double) -> Double {
        let tau = 10.0, shift = sigma * 1.4603545088 / 2.0.squareRoot() * (dt / tau).squareRoot()
        let low = (-65 + shift - mu) / sigma, high = (-50 + shift - mu) / sigma
        let n = 4000, h = (high - low) / Double(n)
        func f(_ u: Double) -> Double { exp(u * u) * erfc(-u) }  // 1 + erf(u) loses every digit for u < -6
        var integral = f(low) + f(high)
        for j in 1..<n { integral += (j % 2 == 1 ? 4 : 2) * f(low + Double(j) * h) }
        integral *= h / 3
        return 1000 / (2 + tau * Double.pi.squareRoot() * integral)
    }
}
