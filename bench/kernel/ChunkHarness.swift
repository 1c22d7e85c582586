import Foundation
import Kernel

/// The buffers `soma_chunk(void **slot, i64 step0, i64 nsteps)` reads, allocated here for one
/// population with no recording. Which slot or parameter-block entry each name reads is taken from
/// the declarations in the C text itself (`real *restrict a_V = (real *)slot[3];`,
/// `const real p_tau = (real)P[5];`), since the GeneratedUnit that lists them is not public.
/// Entries no declaration names stay zero: that is t0 and s0, right for a run from step 0.
final class ChunkHarness {
    private var slots: [UnsafeMutableRawPointer?]
    private var owned: [UnsafeMutableRawPointer] = []
    private let size: Int
    private let f32: Bool
    private let variables: [(name: String, slot: Int)]
    private var step: Int64 = 0

    init(source: String, population: NetworkPopulation, state: PopulationState, dt: Double) {
        let (slotOf, parameterOf, slotCount, parameterCount) = Self.bindings(in: source)
        size = population.size
        f32 = source.contains("typedef float real;")
        slots = Array(repeating: nil, count: slotCount)
        variables = population.model.variables.map { ($0.name, slotOf["a_\($0.name)"]!) }

        let parameters = allocate(Double.self, parameterCount, fill: 0)
        func set(_ name: String, _ value: Double) { if let k = parameterOf[name] { parameters[k] = value } }
        set("dt", dt)
        set("n", Double(size))
        for (name, value) in population.parameters { set("p_\(name)", value) }
        for (name, drive) in population.drives {
            guard case .constant(let value) = drive else { fatalError("driven inputs are not benchmarked") }
            set("in_\(name)", value)
        }
        if case .duration(let period)? = population.model.refractory {
            set("refractory_steps", ((try! period.evaluate { population.parameters[$0] }) / dt).rounded())
        }

        for (name, k) in slotOf {
            switch name {
            case "P": slots[k] = UnsafeMutableRawPointer(parameters)
            case "seed": slots[k] = UnsafeMutableRawPointer(allocate(UInt64.self, 1, fill: 0))
            case "err": slots[k] = UnsafeMutableRawPointer(allocate(Int64.self, 4, fill: -1))
            case "previous": slots[k] = UnsafeMutableRawPointer(allocate(UInt8.self, size, fill: 0))
            case "count": slots[k] = UnsafeMutableRawPointer(allocate(Int64.self, 1, fill: 0))
            case "refractory_until": slots[k] = UnsafeMutableRawPointer(allocate(Int64.self, size, fill: .min))
            default: precondition(name.hasPrefix("a_"), "unknown slot \(name) in the generated C")
            }
        }
        for (name, k) in variables {
            let values = state.state[name]!
            slots[k] = f32 ? UnsafeMutableRawPointer(allocate(Float.self, size) { Float(values[$0]) })
                           : UnsafeMutableRawPointer(allocate(Double.self, size) { values[$0] })
        }
        precondition(!slots.contains(nil), "a slot of the generated C is not bound")
    }

    deinit { owned.forEach { $0.deallocate() } }

    /// Advances `steps` steps in chunks of 2000, as the Interpreter does.
    func run(_ function: CompiledChunk.Function, steps: Int) {
        var done = 0
        while done < steps {
            let request = Int64(min(2000, steps - done))
            let completed = slots.withUnsafeMutableBufferPointer { function($0.baseAddress!, step, request) }
            precondition(completed == request, "the chunk stopped early (non-finite state?)")
            step += request
            done += Int(request)
        }
    }

    /// Every state value, variable after variable, as doubles.
    var state: [Double] {
        variables.flatMap { _, k in
            (0..<size).map { f32 ? Double(slots[k]!.assumingMemoryBound(to: Float.self)[$0]) : slots[k]!.assumingMemoryBound(to: Double.self)[$0] }
        }
    }

    private func allocate<T>(_ type: T.Type, _ count: Int, fill: T) -> UnsafeMutablePointer<T> {
        allocate(type, count) { _ in fill }
    }

    private func allocate<T>(_ type: T.Type, _ count: Int, value: (Int) -> T) -> UnsafeMutablePointer<T> {
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(1, count))
        for i in 0..<count { (pointer + i).initialize(to: value(i)) }
        owned.append(UnsafeMutableRawPointer(pointer))
        return pointer
    }

    /// C name → index, for every declaration `name = [*][(cast)]slot[k]` or `name = [(cast)]P[k]`, and the counts.
    private static func bindings(in source: String) -> (slots: [String: Int], parameters: [String: Int], slotCount: Int, parameterCount: Int) {
        var slots: [String: Int] = [:], parameters: [String: Int] = [:]
        let declaration = try! NSRegularExpression(pattern: #"(\w+) = \*?(?:\([^()]*\))?(slot|P)\[(\d+)\]"#)
        let text = source as NSString
        for match in declaration.matches(in: source, range: NSRange(location: 0, length: text.length)) {
            let name = text.substring(with: match.range(at: 1)), index = Int(text.substring(with: match.range(at: 3)))!
            if text.substring(with: match.range(at: 2)) == "slot" { slots[name] = index } else { parameters[name] = index }
        }
        return (slots, parameters, highestIndex("slot", in: source) + 1, highestIndex("P", in: source) + 1)
    }

    private static func highestIndex(_ array: String, in source: String) -> Int {
        let use = try! NSRegularExpression(pattern: "\\b\(array)\\[(\\d+)\\]")
        let text = source as NSString
        return use.matches(in: source, range: NSRange(location: 0, length: text.length))
            .map { Int(text.substring(with: $0.range(at: 1)))! }.max() ?? -1
    }
}
