import Foundation
import Language
import Plot
import Support

/// Prints outputs as text for people or JSON lines for scripts (DESIGN.md, "Command line").
public enum OutputFormat {
    /// Longest array printed in full as text; JSON always carries everything.
    static let textArrayLimit = 20

    /// A figure is named here, not drawn: drawing it on a terminal is the workbench's (FigureStyle).
    public static func text(_ output: Output, renderer: DiagnosticRenderer) -> String {
        switch output {
        case .info(let message), .defined(let message):
            return message
        case .value(let expression, let values, let isArray, let unit):
            let suffix = unit.isEmpty ? "" : " \(unit)"
            if !isArray { return "\(expression) = \(NumberText.readable(values.first ?? .nan))\(suffix)" }
            return "\(expression) = \(list(values))\(suffix)"
        case .spikes(let population, let times, let indices, let unit):
            let label = unit.isEmpty ? "t" : "t (\(unit))"
            return "spikes(\(population)): \(times.count) spike\(times.count == 1 ? "" : "s")\n  \(label): \(list(times))\n  i: \(list(indices.map(Double.init)))"
        case .run(let summary):
            let unit = summary.timeUnit
            let duration = unit.name.isEmpty ? number(summary.duration) : "\(number(summary.duration / unit.scale)) \(unit.name)"
            let dt = unit.name.isEmpty ? number(summary.dt) : "\(number(summary.dt / unit.scale)) \(unit.name)"
            let compile = summary.compiledFromCache ? "code from cache" : "compiled in \(milliseconds(summary.compileSeconds))"
            let tier = summary.gpu.map { "CUDA on \($0)" } ?? summary.switchedAtStep.map { "tcc, then cc from step \($0)" } ?? summary.tier.rawValue
            let subSteps = summary.subStepsTaken.map { "; \($0) sub-steps taken, \(summary.subStepsRejected ?? 0) rejected" } ?? ""
            let stopped = summary.stoppedMembers.map { "\n" + $0.text }.joined()
            return "ran \(duration) in \(summary.steps) steps of \(dt): \(compile), simulated in \(milliseconds(summary.simulateSeconds)) (\(tier))\(subSteps)\(stopped)"
        case .error(let diagnostic):
            return renderer.render(diagnostic)
        case .figure(let figure):
            let axes = figure.panels.map { "\($0.yAxis.label) against \($0.xAxis.label)" }.joined(separator: "; ")
            return "figure: " + (figure.title.map { "\($0) (\(axes))" } ?? axes)
        case .table(let table):
            return text(table)
        }
    }

    public static func json(_ output: Output, cell: Int) -> String {
        var fields: [(String, String)] = [("cell", "\(cell)")]
        switch output {
        case .info(let message):
            fields += [("kind", quote("info")), ("message", quote(message))]
        case .defined(let message):
            fields += [("kind", quote("defined")), ("message", quote(message))]
        case .value(let expression, let values, let isArray, let unit):
            let value = isArray ? "[" + values.map(number).joined(separator: ",") + "]" : number(values.first ?? .nan)
            fields += [("kind", quote("value")), ("expr", quote(expression)), ("value", value), ("unit", quote(unit))]
        case .spikes(let population, let times, let indices, let unit):
            fields += [("kind", quote("spikes")), ("population", quote(population)),
                       ("t", "[" + times.map(number).joined(separator: ",") + "]"),
                       ("i", "[" + indices.map(String.init).joined(separator: ",") + "]"), ("unit", quote(unit))]
        case .run(let summary):
            fields += [("kind", quote("run")), ("duration", number(summary.duration / summary.timeUnit.scale)),
                       ("dt", number(summary.dt / summary.timeUnit.scale)), ("unit", quote(summary.timeUnit.name)),
                       ("steps", "\(summary.steps)"), ("compile_s", number(summary.compileSeconds)),
                       ("simulate_s", number(summary.simulateSeconds)), ("cached", summary.compiledFromCache ? "true" : "false"),
                       ("jit", quote(summary.gpu == nil ? summary.tier.rawValue : "nvrtc")), ("jit_switch_step", summary.switchedAtStep.map(String.init) ?? "null")]
            if let gpu = summary.gpu { fields.append(("gpu", quote(gpu))) }
            if let taken = summary.subStepsTaken {
                fields += [("substeps", "\(taken)"), ("substeps_rejected", "\(summary.subStepsRejected ?? 0)")]
            }
            if !summary.stoppedMembers.isEmpty {
                let stopped = summary.stoppedMembers.map {
                    "{\"member\":\(quote($0.member)),\"step\":\($0.step),\"population\":\(quote($0.population)),\"variable\":\(quote($0.variable)),"
                        + "\"neuron\":\($0.neuron),\"value\":\(quote($0.value)),\"time\":\(quote($0.time))}"
                }
                fields.append(("stopped_members", "[" + stopped.joined(separator: ",") + "]"))
            }
        case .figure(let figure):
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            // Nullclines separate their segments with NaN, which JSON has no number for: the kernel protocol's spelling.
            encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
            let body = (try? encoder.encode(figure)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
            fields += [("kind", quote("figure")), ("figure", body)]
        case .table(let table):
            fields += jsonFields(table)
        case .error(let diagnostic):
            var message = diagnostic.message
            if let hint = diagnostic.hint { message += " (hint: \(hint))" }
            fields += [("kind", quote("error")), ("line", "\(diagnostic.line)"), ("col", "\(diagnostic.column)"), ("message", quote(message))]
            fields += diagnostic.problem.facts.map { name, value in
                switch value {
                case .text(let text): return (name, quote(text))
                case .number(let n): return (name, "\(n)")
                case .real(let x): return (name, number(x))
                case .dimension(let d): return (name, quote("\(d)"))
                }
            }
        }
        return "{" + fields.map { "\(quote($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }

    /// Shortest text that reads back as the same double; JSON has no NaN, so null.
    static func number(_ value: Double) -> String {
        value.isFinite ? NumberText.shortest(value) : "null"
    }

    private static func list(_ values: [Double]) -> String {
        if values.count <= textArrayLimit { return "[" + values.map(NumberText.readable).joined(separator: ", ") + "]" }
        let head = values.prefix(textArrayLimit / 2).map(NumberText.readable).joined(separator: ", ")
        let tail = values.suffix(3).map(NumberText.readable).joined(separator: ", ")
        return "[\(head), … (\(values.count) values) …, \(tail)]"
    }

    private static func milliseconds(_ seconds: Double) -> String {
        seconds < 10 ? "\((seconds * 1e4).rounded() / 10) ms" : "\((seconds * 100).rounded() / 100) s"
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
