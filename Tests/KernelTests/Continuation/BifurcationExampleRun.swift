import Kernel
@testable import Execution
@testable import Output
import Plot

/// An example of examples/ run as written (its exports commented out), or any source, with its figures and tables.
struct BifurcationExampleRun {
    var figures: [Figure] = []
    var tables: [Table] = []

    init(_ name: String) throws {
        try self.init(source: try example(name).replacingOccurrences(of: "\nexport", with: "\n# export"))
    }

    /// The figures and tables of `source`, run in one session.
    init(source: String) throws {
        for output in Interpreter.withPrivateCache().execute(source) {
            switch output {
            case .figure(let f): figures.append(f)
            case .table(let t): tables.append(t)
            case .error(let d): throw d
            default: break
            }
        }
    }

    /// The labels of the special points drawn on figure k.
    func labels(_ k: Int = 0) -> [String] {
        figures[k].panels[0].series.flatMap { series -> [String] in
            if case .specialPoints(let points) = series { return points.map(\.label) } else { return [] }
        }
    }

    /// Column `name` of table k as numbers, one per row (NaN where the entry is not a number).
    func numbers(_ name: String, table k: Int = 0) -> [Double] {
        guard let column = tables[k].columns.firstIndex(where: { $0.name == name }) else { return [] }
        return tables[k].rows.map { if case .number(let v) = $0[column] { return v } else { return .nan } }
    }

    func kinds(table k: Int = 0) -> [String] {
        tables[k].rows.map { if case .text(let t) = $0[0] { return t } else { return "" } }
    }
}
