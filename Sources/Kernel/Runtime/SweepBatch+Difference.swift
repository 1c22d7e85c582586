import Language
import Lowering
import Network

extension SweepBatch {
    /// The first field in which member k's plan differs from the first member's, as the model line it comes from: the
    /// swept values that differ, what they change in the step (named as the sweep's, `W.P`), and the statement.
    static func difference(_ field: PlanKey.Field, _ members: [Network], _ plan: NetworkPlan, _ sweep: Sweep, _ k: Int) -> SweepDifference {
        let first = members[0]
        func named(_ p: Int) -> String {
            let name = plan.populations[p].name
            return sweep.name + name.dropFirst(sweep.members[0].instance.count)
        }
        let change: String, range: SourceRange?
        switch field.part {
        case .precision:
            (change, range) = ("the precision", nil)
        case .population(let p):
            (change, range) = ("\(Self.populationField(field.label)) of population \(named(p))", first.populations[p].declarationRange)
        case .projection(let j):
            let projection = plan.projections[j]
            let what = field.label == "targetIndexWidth"
                ? "the width of the target indices (a size: \(named(projection.target)) has \(first.populations[projection.target].size) neurons "
                    + "in \(sweep.members[0].instance), \(members[k].populations[projection.target].size) in \(sweep.members[k].instance))"
                : "its \(field.label)"
            (change, range) = ("\(what) of the connection \(named(projection.source)) -> \(named(projection.target))", first.projections[j].declarationRange)
        case .poissonInput(let q):
            let what = field.label == "rate" ? "the rate (a constant the step holds as a literal)" : "its \(field.label)"
            (change, range) = ("\(what) of the Poisson input into \(named(plan.poissonInputs[q].target))", first.poissonInputs[q].declarationRange)
        case .denseCoupling(let c):
            (change, range) = ("the coupling into \(named(plan.denseCouplings[c].population))", nil)
        case .recorder(let r):
            (change, range) = ("what the recorder of \(named(plan.recorders[r].population)) reads", nil)
        }
        return SweepDifference(sweep, 0, k, change: change, range: range)
    }

    /// A population's field as words.
    private static func populationField(_ label: String) -> String {
        switch label {
        case "method": return "the integration method"
        case "noise": return "how the noise is read"
        case "drivenInputs": return "the expression driving an input"
        case "model.equations": return "the model's equations"
        case "model.spike": return "the model's spike condition"
        case "model.reset": return "the model's reset"
        case "model.refractory": return "the model's refractoriness"
        case "model.parameters": return "the model's parameters"
        case _ where label.hasPrefix("model."): return "the model text (its \(label.dropFirst("model.".count)))"
        default: return "the \(label)"
        }
    }
}
