import Foundation
import Kernel

/// Resident memory per neuron of a 1 000 000-neuron LIF population, created and run for 10 ms.
/// Run it first in the process, so the peak (VmHWM) is this population's and freed memory of
/// earlier measurements does not hide growth.
struct Memory {
    var size = 1_000_000

    struct Figures {
        var residentPerNeuron: Double   // VmRSS after the run − VmRSS before, per neuron
        var peakPerNeuron: Double       // VmHWM after the run − VmRSS before, per neuron
        var theoreticalPerNeuron: Int   // 8 bytes per variable + 8-byte refractory step + 1-byte flag
    }

    func measure() -> Figures {
        let model = modelText(example: "lif.soma"), cache = CodeCache()
        let run = "run 10 ms dt = 0.1 ms method = exp_euler\n"
        // Warm-up on one neuron: loads code and compiles the loop, so the cache hits below.
        execute(Interpreter(cache: cache), model + "population P = LIF(1)\n" + run)
        let before = procStatusKB("VmRSS")
        let interpreter = Interpreter(cache: cache)
        execute(interpreter, model + "population P = LIF(\(size))\nP.I = 2 nA\n" + run)
        let after = procStatusKB("VmRSS"), peak = procStatusKB("VmHWM")
        let variables = withExtendedLifetime(interpreter) { interpreter.network.models["LIF"]!.variables.count }
        return Figures(residentPerNeuron: Double((after - before) * 1024) / Double(size),
                       peakPerNeuron: Double((peak - before) * 1024) / Double(size),
                       theoreticalPerNeuron: 8 * variables + 8 + 1)
    }
}
