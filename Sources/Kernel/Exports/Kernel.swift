// `import Kernel` brings every stage of the kernel (Sources/README.md).
@_exported import Analysis
@_exported import Codegen
@_exported import Execution
@_exported import Integrators
@_exported import JIT
@_exported import Language
@_exported import Library
@_exported import Lowering
@_exported import Model
@_exported import Network
@_exported import Output
@_exported import KernelProtocol
@_exported import Runtime
@_exported import Session
@_exported import Support
@_exported import Symbolic
@_exported import Training
