import Foundation

/// A shared library opened at run time with dlopen, so that the build, the tests and a machine
/// without it never need it. Opened libraries stay open for the life of the process (their
/// functions are kept as C function pointers).
final class DynamicLibrary: @unchecked Sendable {
    let path: String
    private let handle: UnsafeMutableRawPointer
    private let name: String

    /// The first of `candidates` (file paths, or names the dynamic linker looks up) that opens.
    init(_ name: String, purpose: String, candidates: [String]) throws(CUDAError) {
        var reason = "no candidate"
        for candidate in candidates {
            if let handle = dlopen(candidate, RTLD_NOW | RTLD_LOCAL) {
                self.handle = handle
                self.path = candidate
                self.name = name
                return
            }
            reason = dlerror().map { String(cString: $0) } ?? "dlopen failed"
        }
        throw .libraryMissing(library: name, purpose: purpose, tried: candidates, reason: reason)
    }

    /// The function `symbol` as the C function type `type` (a `@convention(c)` function type).
    func function<F>(_ symbol: String, as type: F.Type) throws(CUDAError) -> F {
        guard let pointer = dlsym(handle, symbol) else { throw .symbolMissing(library: name, symbol: symbol) }
        return unsafeBitCast(pointer, to: type)
    }
}

/// The text of a C string a C function wrote into `characters`, up to its terminating NUL.
func text(ofCString characters: [CChar]) -> String {
    String(decoding: characters.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
