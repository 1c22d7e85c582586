extension EulerNetwork {
    /// One Euler step of every neuron, x' = x + dt·f(x, a), and its discrete adjoint: for the adjoint λ of x',
    /// λ + dt·λ·∂f/∂x (the stepped state's share of x's adjoint) and dt·λ·∂f/∂a (each accumulator's). Generated code
    /// gives both for a model of the language (`CompiledEulerSlopes`); `init(_:)` makes them of `Slopes`, summing in the
    /// order the generated code does, so both give the same bits for the same f.
    public struct Step: Sendable {
        public struct Shape: Sendable {
            public var neurons: Int, variables: Int
            /// The couplings' and the trained parameters' (C + P).
            public var accumulators: Int
            public var dt: Double
        }

        /// (shape, x, a, x'): x and x' neurons × m, a neurons × (C + P).
        public typealias Forward = @Sendable (Shape, UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>) -> Void
        /// (shape, x, a, λ, previous, drive): previous neurons × m, drive neurons × (C + P).
        public typealias Adjoint = @Sendable (Shape, UnsafePointer<Double>, UnsafePointer<Double>, UnsafePointer<Double>,
                                              UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>) -> Void

        public var forward: Forward
        public var adjoint: Adjoint

        public init(forward: @escaping Forward, adjoint: @escaping Adjoint) {
            self.forward = forward
            self.adjoint = adjoint
        }

        public init(_ slopes: @escaping Slopes) {
            @Sendable func local(_ shape: Shape, _ x: UnsafePointer<Double>, _ a: UnsafePointer<Double>) -> (f: [Double], jacobian: [Double], accumulatorSlopes: [Double]) {
                let width = shape.neurons * shape.variables
                return slopes(Array(UnsafeBufferPointer(start: x, count: width)), Array(UnsafeBufferPointer(start: a, count: shape.neurons * shape.accumulators)))
            }
            forward = { shape, x, a, next in
                let f = local(shape, x, a).f
                for v in 0..<shape.neurons * shape.variables { next[v] = x[v] + shape.dt * f[v] }
            }
            adjoint = { shape, x, a, lambda, previous, drive in
                let (_, jacobian, slope) = local(shape, x, a)
                let m = shape.variables, accumulators = shape.accumulators
                for i in 0..<shape.neurons {
                    for v in 0..<m {
                        var s = 0.0
                        for u in 0..<m { s += lambda[i * m + u] * jacobian[(i * m + u) * m + v] }
                        previous[i * m + v] = lambda[i * m + v] + shape.dt * s
                    }
                    for c in 0..<accumulators {
                        var s = 0.0
                        for u in 0..<m { s += lambda[i * m + u] * slope[(i * accumulators + c) * m + u] }
                        drive[i * accumulators + c] = shape.dt * s
                    }
                }
            }
        }
    }
}
