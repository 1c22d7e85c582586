import XCTest

/// examples/lorenz_bifurcation.soma: the table's branch point and Hopf points against
/// their closed forms, and the diagram labels them.
final class LorenzExampleTests: XCTestCase {
    func testTheExampleReportsThePitchforkAndTheHopfPointsOfCPlusAndMinus() throws {
        let run = try BifurcationExampleRun("lorenz_bifurcation.soma")
        XCTAssertEqual(run.kinds(), ["BP", "H", "H"])
        let (rho, x, y, z, omega) = (run.numbers("rho"), run.numbers("x"), run.numbers("y"), run.numbers("z"), run.numbers("ω"))
        // The pitchfork at rho = 1 on the origin (the table prints zeros within the solver's tolerance as 0).
        XCTAssertEqual(rho[0], 1, accuracy: 1e-15)
        XCTAssertEqual([x[0], y[0], z[0]], [0, 0, 0])
        let (sigma, beta) = (10.0, 8.0 / 3)
        let hopf = sigma * (sigma + beta + 3) / (sigma - beta - 1)
        // At the Hopf point the characteristic polynomial λ³ + (σ+β+1)λ² + β(σ+ρ)λ + 2βσ(ρ−1)
        // has the roots ±iω with ω² = β(σ + ρ).
        // Measured: rho 9.6e-14 from the closed form, x 1.6e-14, ω 1.5e-14.
        for k in 1...2 {
            XCTAssertEqual(rho[k], hopf, accuracy: 1e-12)
            XCTAssertEqual(abs(x[k]), (beta * (hopf - 1)).squareRoot(), accuracy: 1e-12)
            XCTAssertEqual(y[k], x[k], accuracy: 1e-12)
            XCTAssertEqual(z[k], hopf - 1, accuracy: 1e-12)
            XCTAssertEqual(omega[k], (beta * (sigma + hopf)).squareRoot(), accuracy: 1e-12)
        }
        XCTAssertEqual(x[1], -x[2], "one Hopf point on C+, one on C−")
        XCTAssertEqual(run.labels().sorted(), ["BP", "H", "H"])
    }
}
