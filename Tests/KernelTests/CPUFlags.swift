import Foundation

/// The instruction-set extensions this machine's CPU has, as /proc/cpuinfo's `flags` line names them ("avx2",
/// "fma", "avx512f", ...): empty where there is no such file.
let cpuFlags: Set<String> = {
    let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let line = info.split(separator: "\n").first { $0.hasPrefix("flags") } ?? ""
    return Set(line.split(separator: " ").map(String.init))
}()
