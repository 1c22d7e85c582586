import Foundation

/// An expression turned into nested closures that read their symbols from one
/// array by index, so the analyses evaluate f and its Jacobian many thousand
/// times without looking names up.
///
///     let f = try CompiledExpression(.symbol("x") * .symbol("x"), slots: ["x": 0])
///     f([3])   // 9
package struct CompiledExpression: Sendable {
    typealias Body = @Sendable (UnsafePointer<Double>) -> Double

    /// A symbol the expression reads that has no slot, or a function it cannot evaluate.
    enum Failure: Error, Equatable {
        case unknownSymbol(String)
        case random
    }

    private let body: Body

    package init(_ expr: Expr, slots: [String: Int]) throws {
        body = try CompiledExpression.compile(expr, slots)
    }

    func callAsFunction(_ values: UnsafePointer<Double>) -> Double { body(values) }

    package func callAsFunction(_ values: [Double]) -> Double { values.withUnsafeBufferPointer { body($0.baseAddress!) } }

    private static func compile(_ expr: Expr, _ slots: [String: Int]) throws -> Body {
        switch expr {
        case .constant(let value):
            return { _ in value }
        case .symbol(let name):
            guard let index = slots[name] else { throw Failure.unknownSymbol(name) }
            return { $0[index] }
        case .unary(.negate, let a):
            let a = try compile(a, slots)
            return { -a($0) }
        case .unary(.not, let a):
            let a = try compile(a, slots)
            return { a($0) == 0 ? 1 : 0 }
        case .binary(let op, let a, let b):
            return try binary(op, compile(a, slots), compile(b, slots), constantExponent: b.constantValue)
        case .call(let f, let args):
            guard !f.isRandom else { throw Failure.random }
            let compiled = try args.map { try compile($0, slots) }
            let zero: Body = { _ in 0 }
            let a = compiled.first ?? zero, b = compiled.count > 1 ? compiled[1] : zero, c = compiled.count > 2 ? compiled[2] : zero
            switch compiled.count {
            case 1: return { f.apply(a($0), 0, 0) }
            case 2: return { f.apply(a($0), b($0), 0) }
            default: return { f.apply(a($0), b($0), c($0)) }
            }
        }
    }

    private static func binary(_ op: Expr.BinaryOp, _ a: @escaping Body, _ b: @escaping Body, constantExponent: Double?) -> Body {
        switch op {
        case .add: return { a($0) + b($0) }
        case .subtract: return { a($0) - b($0) }
        case .multiply: return { a($0) * b($0) }
        case .divide: return { a($0) / b($0) }
        case .power where constantExponent == 2: return { let x = a($0); return x * x }
        case .power where constantExponent == 3: return { let x = a($0); return x * x * x }
        default: return { Expr.BinaryOp.apply(op, a($0), b($0)) }
        }
    }
}
