/// Executing a cell statement by statement, so that the kernel can send each
/// result while later statements (a long run) are still going.
extension Interpreter {
    /// Like `execute(_:)`, but hands each output to `emit` as soon as its statement ends.
    public func execute(_ source: String, emit: (Output) -> Void) {
        let statements: [Statement]
        do {
            statements = try Parser.parse(source)
        } catch let list as DiagnosticList {
            list.diagnostics.map(Output.error).forEach(emit)
            return
        } catch {
            emit(.error(Diagnostic("\(error)", at: SourceRange(SourcePosition(line: 1, column: 1, offset: 0)))))
            return
        }
        for statement in statements {
            var outputs: [Output] = []
            do {
                try execute(statement, source: source, into: &outputs)
                outputs.forEach(emit)
            } catch {
                outputs.forEach(emit)
                let diagnostic = error as? Diagnostic ?? Diagnostic("\(error)", at: range(of: statement))
                emit(.error(diagnostic))
                return
            }
        }
    }
}
