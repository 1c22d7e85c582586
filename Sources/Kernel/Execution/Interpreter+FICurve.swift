import Language
import Library
import Model
import Network
import Output
import Plot
import Runtime
import Symbolic

/// `fi LIF I in [0 nA, 1 nA] n = 50 for 1 s`: an f–I curve in one compiled run. One population of n neurons,
/// neuron k held at the constant drive low + k·(high − low)/(n − 1), apart from the session's network (which it
/// leaves as it was); each neuron's rate is 1 / its mean inter-spike interval (the steady rate, free of the first
/// spike's latency), or, with fewer than two spikes, its spikes over the run (0 or 1/T).
extension Interpreter {
    func fiCurve(_ request: FICurveRequest) throws -> [Output] {
        let n = try fiCount(request)
        let (low, high) = try fiInterval(request)
        let curve = try NetworkBuilder.fiNetwork(request, definitions: network, count: n)
        let model = curve.populations[0].model
        let input = model.input(request.input)!
        let settings = try RunSettings(request.run, network: curve)
        let curveState = NetworkState()
        curveState.update(for: curve)
        let runner = Runner(network: curve, state: curveState, cache: cache, nativeToolchain: nativeToolchain, stepsPerChunk: stepsPerChunk,
                            progress: progress, gpu: gpu)
        _ = try runner.run(settings, at: request.run.range) { _ in }
        let record = curveState.spikeRecords[NetworkBuilder.fiPopulation]
        let rates = Self.steadyRates(times: record?.times ?? [], indices: record?.indices ?? [], neurons: n, duration: curveState.time)
        let drives = (0..<n).map { (low + (high - low) * Double($0) / Double(n - 1)) / input.unit.scale }
        let rateUnit = model.timeDimension == .time ? "Hz" : ""
        let title = "f–I curve of \(request.model)"
        let table = Table(title: title, columns: [.init(request.input, unit: input.unit.name), .init("rate", unit: rateUnit)],
                          rows: zip(drives, rates).map { [.number($0), .number($1)] })
        let figure = Figure.lines(x: drives, ys: [rates], xLabel: request.input, xUnit: input.unit.name.isEmpty ? nil : input.unit.name,
                                  yLabel: "rate", yUnit: rateUnit.isEmpty ? nil : rateUnit, title: title)
        return [.table(table), .figure(figure)]
    }

    /// The drives' bounds in SI units, once the model is known to spike and to have the input.
    private func fiInterval(_ request: FICurveRequest) throws -> (Double, Double) {
        guard let model = network.models[request.model] ?? NeuronLibrary.models[request.model] else {
            throw Diagnostic(.unknown(kind: "model", name: request.model), at: request.modelRange,
                             hint: "define it first with neuron \(request.model) { ... }; the library has " + NeuronLibrary.names.joined(separator: ", "))
        }
        guard model.spike != nil else { throw Diagnostic(.neverSpikes(population: request.model, model: model.name), at: request.modelRange) }
        guard let input = model.input(request.input) else {
            throw Diagnostic(.noSuchMember(owner: model.name, kind: "input", name: request.input), at: request.inputRange,
                             hint: model.inputs.isEmpty ? "\(model.name) has no input" : "its inputs are " + model.inputs.map(\.name).joined(separator: ", "))
        }
        return (try ExpressionResolver.constant(request.low, dimension: input.dimension, what: "the lowest \(request.input)"),
                try ExpressionResolver.constant(request.high, dimension: input.dimension, what: "the highest \(request.input)"))
    }

    /// `n = 50` (50 when left out): at least 2, so that the drives span the interval.
    private func fiCount(_ request: FICurveRequest) throws -> Int {
        guard let count = request.count else { return 50 }
        let n = try ExpressionResolver.constant(count, dimension: .one, what: "n")
        guard n >= 2, n <= 1e7, n == n.rounded() else {
            throw Diagnostic(.outOfRange(what: "n", value: n, valid: "is a whole number of drives from 2 to 10^7"), at: count.range)
        }
        return Int(n)
    }

    /// Per neuron: 1 / the mean interval between its first and last spike, or its spikes over `duration`.
    static func steadyRates(times: [Double], indices: [Int32], neurons n: Int, duration: Double) -> [Double] {
        var first = [Double](repeating: .nan, count: n), last = first, count = [Int](repeating: 0, count: n)
        for (time, index) in zip(times, indices) {
            let k = Int(index)
            if count[k] == 0 { first[k] = time }
            last[k] = time
            count[k] += 1
        }
        return (0..<n).map { k in
            count[k] >= 2 ? Double(count[k] - 1) / (last[k] - first[k]) : Double(count[k]) / duration
        }
    }
}
