import Kernel

extension Interpreter {
    /// An interpreter whose cc tier caches in the test run's private folder (`PrivateFolders.shared`), never in
    /// the user's ~/.cache/soma: `Interpreter()` alone looks there for cached libraries and leaves its own.
    public static func withPrivateCache() -> Interpreter {
        let interpreter = Interpreter()
        interpreter.nativeToolchain = NativeToolchain.system(environment: PrivateFolders.environment(in: PrivateFolders.shared))
        return interpreter
    }
}
