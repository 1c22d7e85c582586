import Support

/// All equilibria of a system in a box: Newton from a grid of seeds (a
/// quasi-random set in more than three dimensions), roots outside the box
/// dropped, duplicates merged, each classified by its Jacobian's eigenvalues.
public struct FixedPointSearch: Sendable {
    public struct Point: Sendable {
        public var state: [Double]
        /// Sorted by decreasing real part.
        public var eigenvalues: [LinearAlgebra.Complex]
        public var stability: Stability
    }

    public var system: DynamicalSystem
    public var parameters: [Double]
    public var box: [ClosedRange<Double>]
    /// About this many Newton runs in all.
    public var seedBudget = 400
    /// Whether roots outside the box are dropped (else the box only places the seeds).
    public var restrictToBox = true
    /// Further boxes to seed (with an equal share of the budget), e.g. nested ones at several scales.
    public var extraSeedBoxes: [[ClosedRange<Double>]] = []
    /// LAPACK, for Newton's steps and the eigenvalues at each root.
    let blas: BLAS

    public init(system: DynamicalSystem, parameters: [Double], box: [ClosedRange<Double>], blas: BLAS) {
        precondition(box.count == system.dimension, "one interval per variable")
        self.system = system
        self.parameters = parameters
        self.box = box
        self.blas = blas
    }

    var widths: [Double] { box.map { max($0.upperBound - $0.lowerBound, .leastNormalMagnitude) } }

    public func run() -> [Point] {
        let solver = NewtonSolver(system: system, parameters: parameters, scale: widths, blas: blas)
        var roots: [[Double]] = []
        let start = system.initialState.count == system.dimension ? [system.initialState] : []
        for seed in start + seeds() {
            let known = { (x: [Double]) in roots.contains { self.near($0, x) } }
            guard let root = solver.solve(from: seed, abandon: known), !restrictToBox || contains(root), !roots.contains(where: { same($0, root) }) else { continue }
            roots.append(root)
        }
        return roots.sorted { $0.lexicographicallyPrecedes($1) }.map(classify)
    }

    /// The linearisation at a point: eigenvalues and type.
    public func classify(_ x: [Double]) -> Point {
        let eigenvalues = system.spectrum(at: x, parameters: parameters, blas: blas)
        return Point(state: x, eigenvalues: eigenvalues, stability: Stability(eigenvalues: eigenvalues))
    }

    private func contains(_ x: [Double]) -> Bool {
        zip(zip(x, box), widths).allSatisfy { pair, width in
            pair.0 >= pair.1.lowerBound - 1e-9 * width && pair.0 <= pair.1.upperBound + 1e-9 * width
        }
    }

    /// Close enough to a known root that Newton would converge to it (a shortcut, not a test of identity).
    private func near(_ a: [Double], _ b: [Double]) -> Bool {
        zip(zip(a, b), widths).allSatisfy { abs($0.0 - $0.1) <= 1e-4 * $1 }
    }

    private func same(_ a: [Double], _ b: [Double]) -> Bool {
        zip(zip(a, b), widths).allSatisfy { abs($0.0 - $0.1) <= 1e-7 * $1 }
    }

    func seeds() -> [[Double]] {
        let boxes = [box] + extraSeedBoxes
        return boxes.flatMap { seeds(in: $0, budget: seedBudget / boxes.count) }
    }

    /// Cell centres of a grid with about `budget` cells up to three dimensions; a Halton set beyond.
    func seeds(in box: [ClosedRange<Double>], budget: Int) -> [[Double]] {
        let n = system.dimension
        if n <= 3 {
            let perAxis = max(2, Int(Foundation.pow(Double(budget), 1 / Double(n))))
            var points: [[Double]] = [[]]
            for interval in box {
                let step = (interval.upperBound - interval.lowerBound) / Double(perAxis)
                points = points.flatMap { p in (0..<perAxis).map { p + [interval.lowerBound + (Double($0) + 0.5) * step] } }
            }
            return points
        }
        let primes = FixedPointSearch.primes(n)
        return (1...max(1, budget)).map { k in
            zip(box, primes).map { interval, base in
                interval.lowerBound + FixedPointSearch.radicalInverse(k, base) * (interval.upperBound - interval.lowerBound)
            }
        }
    }

    static func radicalInverse(_ k: Int, _ base: Int) -> Double {
        var (k, fraction, result) = (k, 1.0 / Double(base), 0.0)
        while k > 0 {
            result += Double(k % base) * fraction
            k /= base
            fraction /= Double(base)
        }
        return result
    }

    static func primes(_ count: Int) -> [Int] {
        var primes: [Int] = []
        var candidate = 2
        while primes.count < count {
            if primes.allSatisfy({ candidate % $0 != 0 }) { primes.append(candidate) }
            candidate += 1
        }
        return primes
    }
}

import Foundation
