import Foundation
import Lowering
import Symbolic

extension SweepBatch {
    /// A member's plan as what decides the batch: the plan holds everything its C is generated from (`NetworkPlan`),
    /// so each field of each part, rendered as exact text with the member's instance name (`W3` in `W3.A`, `g_W3_A`)
    /// read as a mark, is equal for two members exactly when their C is the same but for their names. Deciding so renders
    /// no C; the first field that differs says what a swept value changed, and where.
    struct PlanKey: Sendable {
        enum Part: Equatable, Sendable {
            case precision
            case population(Int), projection(Int), poissonInput(Int), denseCoupling(Int), recorder(Int)
        }

        struct Field: Equatable, Sendable {
            var part: Part
            /// The field's path in its part: `method`, `model.equations`, `rate`.
            var label: String
            var text: String
        }

        let fields: [Field]

        init(_ plan: NetworkPlan, instance: String) {
            let renderer = Renderer(instance: InstanceName(name: instance))
            var fields = [Field(part: .precision, label: "precision", text: renderer.text(plan.precision))]
            func add(_ part: Part, _ value: Any) {
                for child in Mirror(reflecting: value).children {
                    let label = child.label ?? ""
                    let inner = Mirror(reflecting: child.value)
                    // A part's model or coupling is compared field by field, so a difference names the field.
                    if inner.displayStyle == .struct, !inner.children.isEmpty {
                        for grandchild in inner.children {
                            fields.append(Field(part: part, label: label + "." + (grandchild.label ?? ""), text: renderer.text(grandchild.value)))
                        }
                    } else {
                        fields.append(Field(part: part, label: label, text: renderer.text(child.value)))
                    }
                }
            }
            for (p, population) in plan.populations.enumerated() { add(.population(p), population) }
            for (j, projection) in plan.projections.enumerated() { add(.projection(j), projection) }
            for (q, input) in plan.poissonInputs.enumerated() { add(.poissonInput(q), input) }
            for (c, coupling) in plan.denseCouplings.enumerated() { add(.denseCoupling(c), coupling) }
            for (r, recorder) in plan.recorders.enumerated() { add(.recorder(r), recorder) }
            self.fields = fields
        }

        /// The first field of this key that `other` does not have alike; nil when the keys are equal.
        func firstDifference(from other: PlanKey) -> Field? {
            if let (mine, _) = zip(fields, other.fields).first(where: { $0 != $1 }) { return mine }
            let common = min(fields.count, other.fields.count)
            return fields.count > common ? fields[common] : other.fields.count > common ? other.fields[common] : nil
        }
    }

    /// Exact text of any value: a Double by its bits, a String by its length and characters (the instance's name
    /// read as a mark no name holds, so that equal texts are the same names up to the instance), a dictionary or
    /// set in sorted order, anything else by its fields or its case, each labelled.
    struct Renderer {
        let instance: InstanceName

        func text(_ value: Any) -> String {
            var out = ""
            render(value, &out)
            return out
        }

        private func render(_ value: Any, _ out: inout String) {
            if let string = value as? String {
                name(string, &out)
                return
            }
            if let expression = value as? Expr {
                render(expression, &out)
                return
            }
            if let double = value as? Double {
                out += "d" + String(double.bitPattern, radix: 16) + ";"
                return
            }
            let mirror = Mirror(reflecting: value)
            if mirror.children.isEmpty {
                out += String(reflecting: value) + ";"
                return
            }
            switch mirror.displayStyle {
            case .dictionary?, .set?:
                out += "{" + mirror.children.map { text($0.value) }.sorted().joined(separator: ",") + "}"
            default:
                out += "("
                for child in mirror.children {
                    out += (child.label ?? "") + ":"
                    render(child.value, &out)
                }
                out += ")"
            }
        }

        /// An expression by its cases, without reflection: most of a plan is expressions, and reflecting them cost
        /// most of a key's time.
        private func render(_ e: Expr, _ out: inout String) {
            switch e {
            case .constant(let value):
                out += "c" + String(value.bitPattern, radix: 16) + ";"
            case .symbol(let symbol):
                out += "s"
                name(symbol, &out)
            case .unary(let op, let a):
                out += "u" + op.rawValue + "("
                render(a, &out)
                out += ")"
            case .binary(let op, let a, let b):
                out += "b" + op.rawValue + "("
                render(a, &out)
                out += ","
                render(b, &out)
                out += ")"
            case .call(let function, let arguments):
                out += "f" + function.rawValue + "("
                for argument in arguments {
                    render(argument, &out)
                    out += ","
                }
                out += ")"
            }
        }

        private func name(_ text: String, _ out: inout String) {
            let marked = instance.replaced(in: text, by: "\u{1}")
            out += "\(marked.utf8.count)'" + marked
        }
    }
}
