import XCTest
import Kernel
@testable import Execution
@testable import Output
import Plot

/// examples/lorenz_bifurcation.soma: the table's branch point and Hopf points against
/// their closed forms, and the diagram labels them.
final class LorenzExampleTests: XCTestCase {
    func testTheExampleReportsThePitchforkAndTheHopfPointsOfCPlusAndMinus() throws {
        let source = try example("lorenz_bifurcation.soma").replacingOccurrences(of: "\nexport", with: "\n# export")
        var figures: [Figure] = []
        var tables: [Table] = []
        for output in Interpreter.withPrivateCache().execute(source) {
            switch output {
            case .figure(let f): figures.append(f)
            case .table(let t): tables.append(t)
            case .error(let d): throw d
            default: break
            }
        }
        let table = try XCTUnwrap(tables.first)
        let rows = table.rows.map { row in
            (row[0], row[1...4].map { entry -> Double in if case .number(let v) = entry { return v } else { return .nan } })
        }
        XCTAssertEqual(rows.map(\.0), [.text("BP"), .text("H"), .text("H")])
        // The pitchfork at rho = 1 on the origin (the table prints zeros within the solver's tolerance as 0).
        XCTAssertEqual(rows[0].1[0], 1, accuracy: 1e-15)
        XCTAssertEqual(rows[0].1[1...], [0, 0, 0])
        let (sigma, beta) = (10.0, 8.0 / 3)
        let rho = sigma * (sigma + beta + 3) / (sigma - beta - 1)
        let x = (beta * (rho - 1)).squareRoot()
        // At the Hopf point the characteristic polynomial λ³ + (σ+β+1)λ² + β(σ+ρ)λ + 2βσ(ρ−1)
        // has the roots ±iω with ω² = β(σ + ρ).
        let omega = (beta * (sigma + rho)).squareRoot()
        let omegaColumn = try XCTUnwrap(table.columns.firstIndex { $0.name == "ω" })
        // Measured: rho 9.6e-14 from the closed form, x 1.6e-14, ω 1.5e-14.
        for (row, entries) in zip(rows[1...], table.rows[1...]) {
            guard case .number(let frequency) = entries[omegaColumn] else { return XCTFail("no ω at a Hopf point") }
            XCTAssertEqual(frequency, omega, accuracy: 1e-12)
            XCTAssertEqual(row.1[0], rho, accuracy: 1e-12)
            XCTAssertEqual(abs(row.1[1]), x, accuracy: 1e-12)
            XCTAssertEqual(row.1[2], row.1[1], accuracy: 1e-12)
            XCTAssertEqual(row.1[3], rho - 1, accuracy: 1e-12)
        }
        XCTAssertEqual(rows[1].1[1], -rows[2].1[1], "one Hopf point on C+, one on C−")
        let labels = figures[0].panels[0].series.flatMap { series -> [String] in
            if case .specialPoints(let points) = series { return points.map(\.label) } else { return [] }
        }
        XCTAssertEqual(labels.sorted(), ["BP", "H", "H"])
    }
}
