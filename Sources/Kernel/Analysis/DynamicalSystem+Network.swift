import CBLAS
import JIT
import Model
import Network
import Support
import Symbolic

/// A population as one system: N copies of its model, with `couple` adding
/// W·x into an input of every neuron. Variable a of neuron i sits at index
/// i·m + a (m variables per neuron); the Jacobian is the block diagonal of the
/// neurons' own Jacobians plus ∂f_i/∂I · W[i, j] in the coupled columns.
/// `couple P.x -> P.I` as analysis takes it: the source variable, the input and the weights (random ones as drawn).
public struct RecurrentCoupling: Sendable {
    public var variable: String
    public var input: String
    public var weights: Matrix

    public init(variable: String, input: String, weights: Matrix) {
        self.variable = variable
        self.input = input
        self.weights = weights
    }
}

extension DynamicalSystem {
    /// `library`: OpenBLAS and LAPACKE, or why they could not be opened (`BLAS.process`), which this throws.
    public init(population model: NeuronModel, size: Int, values: [String: Double], couplings: [RecurrentCoupling],
                cache: CodeCache = CodeCache(), library: Result<BLAS, BLAS.LoadFailure> = BLAS.process) throws {
        let blas = try library.get()
        let parts = try ModelParts(model: model, values: values, held: [:])
        let field = try CompiledVectorField(states: parts.states, parameters: parts.parameterNames, rhs: parts.equations, cache: cache)
        let network = try CoupledField(field: field, size: size, parts: parts, couplings: couplings, blas: blas)
        let names = (0..<size).flatMap { i in parts.states.map { "\($0)[\(i)]" } }
        self.init(variables: names, parameters: parts.parameterNames, parameterValues: parts.parameterValues,
                  rhs: network.rhs, jacobian: network.jacobian, parameterDerivative: network.parameterDerivative)
        initialState = Array((0..<size).map { _ in parts.initialState }.joined())
        variableUnits = Array(repeating: parts.states.map { model.variable($0)!.unit }, count: size).flatMap { $0 }
        variableDimensions = Array(repeating: parts.states.map { model.variable($0)!.dimension }, count: size).flatMap { $0 }
        parameterUnits = parts.parameterUnits
        parameterDimensions = parts.parameterDimensions
        timeUnit = model.timeUnit
    }
}

private struct CoupledField: Sendable {
    struct Link: Sendable {
        /// Index of the source variable within a neuron, and of the input among the parameters.
        var variable: Int
        var input: Int
        var weights: Matrix
    }

    let field: CompiledVectorField
    let size: Int
    let m: Int
    let links: [Link]
    let blas: BLAS

    init(field: CompiledVectorField, size: Int, parts: ModelParts, couplings: [RecurrentCoupling], blas: BLAS) throws {
        self.blas = blas
        self.field = field
        self.size = size
        m = parts.states.count
        links = try couplings.map { coupling in
            guard let variable = parts.states.firstIndex(of: coupling.variable) else {
                throw DynamicalSystem.ModelFailure.unknownName(coupling.variable, known: parts.states)
            }
            return Link(variable: variable, input: parts.parameterNames.firstIndex(of: coupling.input)!, weights: coupling.weights)
        }
    }

    /// Each neuron's [x_i..., p...] with the coupled inputs raised by W·x: size × (m + P), row by row.
    private func neuronValues(_ x: [Double], _ p: [Double]) -> [Double] {
        let width = m + p.count
        var values = [Double](repeating: 0, count: size * width)
        for i in 0..<size {
            for a in 0..<m { values[i * width + a] = x[i * m + a] }
            for k in p.indices { values[i * width + m + k] = p[k] }
        }
        for link in links {
            let source = (0..<size).map { x[$0 * m + link.variable] }
            var drive = [Double](repeating: 0, count: size)
            blas.dgemv(CblasRowMajor, CblasNoTrans, Int32(size), Int32(size), 1, link.weights.values, Int32(size),
                        source, 1, 0, &drive, 1)
            for i in 0..<size { values[i * width + m + link.input] += drive[i] }
        }
        return values
    }

    /// Part `which` for every neuron: size rows of `count` doubles.
    private func perNeuron(_ which: Int64, _ values: inout [Double], count: Int, width: Int) -> [Double] {
        var out = [Double](repeating: 0, count: size * count)
        values.withUnsafeMutableBufferPointer { v in
            out.withUnsafeMutableBufferPointer { o in
                for i in 0..<size { field.evaluate(which, values: v.baseAddress! + i * width, out: o.baseAddress! + i * count) }
            }
        }
        return out
    }

    var rhs: @Sendable ([Double], [Double]) -> [Double] {
        { [self] x, p in
            var values = neuronValues(x, p)
            return perNeuron(0, &values, count: m, width: m + p.count)
        }
    }

    var parameterDerivative: @Sendable ([Double], [Double], Int) -> [Double] {
        { [self] x, p, k in
            var values = neuronValues(x, p)
            return perNeuron(Int64(k) + 2, &values, count: m, width: m + p.count)
        }
    }

    var jacobian: @Sendable ([Double], [Double]) -> [Double] {
        { [self] x, p in
            let n = size * m, width = m + p.count
            var values = neuronValues(x, p)
            let local = perNeuron(1, &values, count: m * m, width: width)
            var j = [Double](repeating: 0, count: n * n)
            for i in 0..<size {
                for a in 0..<m { for b in 0..<m { j[(i * m + a) * n + i * m + b] = local[i * m * m + a * m + b] } }
            }
            for link in links {
                let gain = perNeuron(Int64(link.input) + 2, &values, count: m, width: width)
                for i in 0..<size {
                    for a in 0..<m where gain[i * m + a] != 0 {
                        let row = (i * m + a) * n, g = gain[i * m + a]
                        for s in 0..<size { j[row + s * m + link.variable] += g * link.weights.values[i * size + s] }
                    }
                }
            }
            return j
        }
    }
}
