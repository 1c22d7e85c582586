/// One population's step function with its layout indices read from two tables: each `slot[N]` becomes
/// `slot[S[k]]` and each `P[N]` becomes `P[Q[k]]`, k counting such indices in the text. Populations of one
/// neuron model and method render the same text this way, whatever their slots, so the unit compiles their
/// neuron loop once (gcc's vectoriser took ~0.08 s of CPU per copy of COBA's LIF loop) and each step_pK
/// calls it with tables of its own.
struct SharedUpdate {
    let code: CodeWriter
    let slots: [Int]
    let parameters: [Int]

    init(_ function: CodeWriter) {
        var slots: [Int] = [], parameters: [Int] = []
        code = function.mapped { text in
            SharedUpdate.lift(text, array: "slot", table: "S", into: &slots)
        }.mapped { text in
            SharedUpdate.lift(text, array: "P", table: "Q", into: &parameters)
        }
        self.slots = slots
        self.parameters = parameters
    }

    /// Groups the populations whose functions read alike: for each, the first population of its group, or nil
    /// where it is alone.
    static func owners(_ texts: [String?]) -> [Int?] {
        var first: [String: Int] = [:], count: [String: Int] = [:]
        for (k, text) in texts.enumerated() {
            guard let text else { continue }
            if first[text] == nil { first[text] = k }
            count[text, default: 0] += 1
        }
        return texts.map { text in text.flatMap { count[$0]! > 1 ? first[$0] : nil } }
    }

    /// `array[digits]`, not preceded by a letter, digit or `_`, becomes `array[table[k]]`.
    private static func lift(_ text: String, array: String, table: String, into found: inout [Int]) -> String {
        let bytes = Array(text.utf8), name = Array((array + "[").utf8)
        var out: [UInt8] = [], k = 0
        out.reserveCapacity(bytes.count + 16)
        while k < bytes.count {
            if bytes[k...].starts(with: name), k == 0 || !isIdentifier(bytes[k - 1]) {
                var end = k + name.count, value = 0
                while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") {
                    value = value * 10 + Int(bytes[end] - UInt8(ascii: "0"))
                    end += 1
                }
                if end > k + name.count, end < bytes.count, bytes[end] == UInt8(ascii: "]") {
                    out += Array("\(array)[\(table)[\(found.count)]]".utf8)
                    found.append(value)
                    k = end + 1
                    continue
                }
            }
            out.append(bytes[k])
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isIdentifier(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }
}
