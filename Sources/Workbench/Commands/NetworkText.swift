import Kernel

/// A checked network written for people, in the statements of the model language
/// that would build it: one `population` block each, then `connect`, `couple`,
/// `record` and `run` lines.
struct NetworkText {
    let network: NetworkDescription
    /// The file the network was read from, which positions in it name.
    let file: String?

    init(_ network: NetworkDescription, file: String? = nil) {
        self.network = network
        self.file = file
    }

    var text: String {
        var lines = ["# the network as built (numbers inside expressions are in SI units)"]
        if !network.instances.isEmpty { lines += ["# network instances, each above those it holds"] + instanceLines }
        for population in network.populations { lines += populationLines(population) }
        lines += network.projections.map(projectionLine)
        lines += network.poissonInputs.map {
            "connect poisson(\($0.sources), rate = \($0.rate)) -> \($0.target) using \($0.synapse) w = \($0.weight)"
        }
        lines += network.couplings.map { "couple \($0.source).\($0.variable) -> \($0.population).\($0.input)" }
        lines += network.recordings.map { "record \($0)" }
        lines += network.runs.map { "run \($0.duration) " + $0.options.joined(separator: " ") + "    # line \($0.line)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The instances, a sweep's members below a line naming the sweep and indented under it.
    private var instanceLines: [String] {
        var lines: [String] = []
        for instance in network.instances {
            let sweep = network.sweeps.first { $0.members.contains { instance.name == $0 || instance.name.hasPrefix($0 + ".") } }
            if let sweep, sweep.members.first == instance.name {
                lines.append("sweep \(sweep.name) = \(sweep.definition)(" + sweep.ranges.joined(separator: ", ") + ")    # "
                             + "\(sweep.members.count) members, \(instance.name)…\(sweep.members.last!)" + (sweep.layout.map { "; run as \($0)" } ?? "") + position(sweep.sideBySide?.range))
            }
            lines.append(instanceLine(instance, indent: sweep == nil ? 0 : 1))
        }
        return lines
    }

    /// ` at FILE:LINE:COL`, or nothing where there is no position.
    private func position(_ range: SourceRange?) -> String {
        guard let start = range?.start else { return "" }
        return " at \(file ?? "line"):\(start.line):\(start.column)"
    }

    /// `network V1 = EI(NE = 4000, p = 0.02)    # V1.E, V1.I`, indented by how deep it is nested.
    private func instanceLine(_ i: InstanceDescription, indent: Int) -> String {
        let depth = i.name.filter { $0 == "." }.count + indent
        let held = i.populations.isEmpty ? "" : "    # " + i.populations.joined(separator: ", ")
        return String(repeating: "  ", count: depth) + "network \(i.name) = \(i.definition)(" + i.arguments.joined(separator: ", ") + ")" + held
    }

    private func populationLines(_ p: PopulationDescription) -> [String] {
        var body = p.variables.map { "var \($0)" }
        body += p.parameters.map { "param \($0)" }
        body += p.inputs.map { "input \($0)" }
        body += p.equations
        if let spike = p.spike { body.append("spike \(spike)") }
        if !p.reset.isEmpty { body.append("reset { " + p.reset.joined(separator: "; ") + " }") }
        if let refractory = p.refractory { body.append("refractory \(refractory)") }
        return ["population \(p.name) = \(p.model)(\(p.size))    # \(p.kind)"] + body.map { "  " + $0 }
    }

    private func projectionLine(_ p: ProjectionDescription) -> String {
        let arguments = p.parameters.isEmpty ? "" : "(" + p.parameters.joined(separator: ", ") + ")"
        var line = "connect \(p.source) -> \(p.target) using \(p.synapse)\(arguments) \(p.rule) w = \(p.weight) delay = \(p.delay)"
        if p.source == p.target { line += " allow_self = \(p.allowSelf)" }
        line += " as \(p.name)"
        var notes = [p.kind]
        if let synapses = p.synapses { notes.append("\(synapses) synapses") }
        if !p.perSynapse.isEmpty { notes.append("per synapse: " + p.perSynapse.joined(separator: ", ")) }
        if !p.perSource.isEmpty { notes.append("per pre: " + p.perSource.joined(separator: ", ")) }
        return line + "    # " + notes.joined(separator: "; ")
    }
}
