import Codegen
import Foundation
import Integrators
import Language
import Lowering
import Network
import Symbolic

extension Runner {
    /// Gives each population run by a fractional method the memory its fractional variables read:
    /// begun at this run when it has none (or one that no longer fits, see `FractionalMemory.fits`), its rings
    /// sized for the window (`memory = …`, else every step since it began), the weights for this dt.
    func prepareFractionalMemory(_ plan: NetworkPlan, options: RunOptions, steps: Int64, timeDimension: Language.Dimension, at range: SourceRange) throws {
        for (p, population) in plan.populations.enumerated() {
            guard case .fractional(let scheme) = population.method else { continue }
            let orders = population.model.fractionalOrders
            let variables = population.model.variables.map(\.name).filter { orders[$0] != nil }
            if variables.isEmpty { continue }
            let built = state.populations[p]
            if let memory = built.fractionalMemory, !memory.fits(variables, dt: options.dt, step: state.step) { built.fractionalMemory = nil }
            if let memory = built.fractionalMemory, memory.dt != options.dt, state.step > memory.start {
                throw Diagnostic(.fractionalStepChanged(population: population.name, dt: TimeText.format(memory.dt, timeDimension)), at: range,
                                 hint: "run it with dt = \(TimeText.format(memory.dt, timeDimension)), or create the population again")
            }
            let memory = built.fractionalMemory ?? FractionalMemory(variables: variables, size: built.size, dt: options.dt, step: state.step)
            built.fractionalMemory = memory
            let window = options.memory.map { Int(($0 / options.dt).rounded()) + 1 } ?? Int(state.step - memory.start + steps + 1)
            let gigabytes = Double(window) * 2 * 8 * Double(built.size * variables.count) / 1e9
            guard gigabytes < Double(ProcessInfo.processInfo.physicalMemory) / 2e9 else {
                throw Diagnostic(.fractionalMemoryTooLarge(population: population.name, gigabytes: gigabytes), at: range,
                                 hint: "keep a short memory: run ... memory = <how far back>")
            }
            memory.resize(to: max(1, window), now: state.step)
            for variable in variables {
                let alpha = try order(orders[variable]!, of: variable, in: network.populations[p], at: range)
                let w = scheme.weights(order: alpha, dt: options.dt, count: memory.window)
                let buffer = RawArray<Double>(count: w.count, fill: 0)
                for (j, value) in w.enumerated() { buffer[j] = value }
                memory.weights[variable] = buffer
            }
        }
    }

    /// A parameter's value for this population, which the model checked only as a default.
    private func order(_ order: Expr, of variable: String, in population: NetworkPopulation, at range: SourceRange) throws -> Double {
        let alpha = (try? order.evaluate { population.parameters[$0] }) ?? .nan
        guard alpha > 0, alpha <= 1 else {
            throw Diagnostic(.fractionalOrderInvalid(variable: variable, order: "\(order.text) = \(Parser.format(alpha))", valid: "must lie in (0, 1]"), at: range)
        }
        return alpha
    }

    /// Where each neuron's memory begins and what it holds, for the parameter block.
    func fractionalParameters(of p: Int) -> [(ParameterKey, Double)] {
        guard let memory = state.populations[p].fractionalMemory else { return [] }
        return [(.fractionalStart(population: p), Double(memory.start)), (.fractionalFirst(population: p), Double(memory.first)),
                (.fractionalWindow(population: p), Double(memory.window))]
    }
}
