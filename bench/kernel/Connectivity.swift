import Foundation
import Kernel

/// Time to draw a projection's connections (CSR, Philox, p = 80/N onto N neurons, as the COBA scaling
/// series), measured as `run 0 ms` of a fresh network minus the same cell without `connect`, and the
/// bytes each synapse keeps.
struct ConnectivityBuild {
    var repeats = 5

    struct Figures {
        var size: Int
        var synapses: Int
        var seconds: Double
        var bytesPerSynapse: Double
        var weightsPerSynapse: Bool
    }

    static let model = """
        neuron LIF {
          param taum = 20 ms, El = -60 mV, Vt = -50 mV
          var v = El
          input Isyn = 0 mV
          dv/dt = (Isyn - (v - El)) / taum
          spike v > Vt
          reset { v = El }
        }
        synapse CondExp {
          param tau = 5 ms, E = 0 mV
          var g = 0 per post
          dg/dt = -g / tau
          on pre { g += w }
          current = g * (E - v_post)
        }

        """

    func measure(size: Int, weight: String) -> Figures {
        let cache = CodeCache()
        let population = "population P = LIF(\(size))\n"
        let connect = "connect P -> P using CondExp p = \(80.0 / Double(size)) w = \(weight) allow_self = true\n"
        let run = "run 0 ms dt = 0.1 ms precision = f32 seed = 1\n"
        var figures = Figures(size: size, synapses: 0, seconds: 0, bytesPerSynapse: 0, weightsPerSynapse: false)
        var samples: [Double] = []
        for _ in 0..<repeats {
            execute(Interpreter(cache: cache), Self.model + population + run)
            let without = seconds { execute(Interpreter(cache: cache), Self.model + population + run) }
            let interpreter = Interpreter(cache: cache)
            let with = seconds { execute(interpreter, Self.model + population + connect + run) }
            samples.append(with - without)
            let projection = interpreter.state.projections[0]
            figures.synapses = projection.count
            figures.bytesPerSynapse = projection.bytesPerSynapse
            if case .perSynapse = interpreter.network.projections[0].weight { figures.weightsPerSynapse = true }
        }
        figures.seconds = median(samples)
        return figures
    }
}
