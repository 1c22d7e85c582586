import Network
import Symbolic

extension RandomWeights {
    /// The matrix for `seed`: row i from the stream's neuron i, a presence draw before each weight when `p` is given,
    /// so that a seed gives the same matrix whichever rows another statement draws.
    public func drawn(seed: UInt64) throws -> Matrix {
        var values = [Double](repeating: 0, count: rows * columns)
        var random = CounterRandom(seed: seed, stream: stream)
        for i in 0..<rows {
            random.startNeuron(i)
            for j in 0..<columns {
                if let probability, random.uniform() >= probability { continue }
                values[i * columns + j] = try weight.evaluate({ name in
                    switch name {
                    case "i": return Double(i)
                    case "j": return Double(j)
                    case "N": return Double(columns)
                    default: return nil
                    }
                }, random: &random)
            }
        }
        return Matrix(rows: rows, columns: columns, values: values)
    }
}
