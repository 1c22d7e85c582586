import Symbolic

/// Philox4x32-10 (Salmon et al., SC'11): a counter-based generator. The value
/// for (key, counter) needs no state, so a run gives the same numbers for a
/// seed however it is split into chunks or threads. The generated C holds the
/// same function (Codegen/CPrelude.swift); a test checks they agree.
public enum Philox {
    public static func block(counter: (UInt32, UInt32, UInt32, UInt32), key: (UInt32, UInt32)) -> (UInt32, UInt32, UInt32, UInt32) {
        var (c0, c1, c2, c3) = counter
        var (k0, k1) = key
        for round in 0..<10 {
            if round > 0 {
                k0 &+= 0x9E37_79B9
                k1 &+= 0xBB67_AE85
            }
            let p0 = UInt64(0xD251_1F53) * UInt64(c0)
            let p1 = UInt64(0xCD9E_8D57) * UInt64(c2)
            (c0, c1, c2, c3) = (UInt32(p1 >> 32) ^ c1 ^ k0, UInt32(truncatingIfNeeded: p1),
                                UInt32(p0 >> 32) ^ c3 ^ k1, UInt32(truncatingIfNeeded: p0))
        }
        return (c0, c1, c2, c3)
    }

    /// The key for one stream of a seed: streams separate populations and statements.
    public static func key(seed: UInt64, stream: UInt32) -> (UInt32, UInt32) {
        (UInt32(truncatingIfNeeded: seed), UInt32(truncatingIfNeeded: seed >> 32) ^ stream)
    }

    /// Draw number `draw` for neuron `index` at `step`: a uniform in [0, 1) with 53 random bits.
    public static func uniform(key: (UInt32, UInt32), step: UInt64, index: UInt32, draw: UInt32) -> Double {
        let x = block(counter: (draw, index, UInt32(truncatingIfNeeded: step), UInt32(truncatingIfNeeded: step >> 32)), key: key)
        return unit(x.0, x.1)
    }

    /// Two uniforms in [0, 1) from one block (words 0–1 and 2–3), for loops that need many.
    public static func uniformPair(key: (UInt32, UInt32), step: UInt64, index: UInt32, draw: UInt32) -> (Double, Double) {
        let x = block(counter: (draw, index, UInt32(truncatingIfNeeded: step), UInt32(truncatingIfNeeded: step >> 32)), key: key)
        return (unit(x.0, x.1), unit(x.2, x.3))
    }

    /// A standard normal by Box–Muller from the same block, with Soma's own log and cos (the generated code's bits).
    public static func normal(key: (UInt32, UInt32), step: UInt64, index: UInt32, draw: UInt32) -> Double {
        let x = block(counter: (draw, index, UInt32(truncatingIfNeeded: step), UInt32(truncatingIfNeeded: step >> 32)), key: key)
        return NormalDeviate.normal(unit(x.0, x.1), unit(x.2, x.3))
    }

    static func unit(_ a: UInt32, _ b: UInt32) -> Double {
        Double((UInt64(a >> 5) << 26) | UInt64(b >> 6)) * 0x1p-53
    }
}


/// Random numbers for evaluating an expression per neuron in Swift (initial values):
/// draw k of neuron i is Philox at (stream, i, k), so it matches generated code.
public struct CounterRandom: RandomSource {
    let key: (UInt32, UInt32)
    let step: UInt64
    var index: UInt32 = 0
    var draw: UInt32 = 0

    public init(seed: UInt64, stream: UInt32, step: UInt64 = 0) {
        key = Philox.key(seed: seed, stream: stream)
        self.step = step
    }

    public mutating func startNeuron(_ i: Int) {
        index = UInt32(truncatingIfNeeded: i)
        draw = 0
    }

    public mutating func uniform() -> Double {
        defer { draw += 1 }
        return Philox.uniform(key: key, step: step, index: index, draw: draw)
    }

    public mutating func normal() -> Double {
        defer { draw += 1 }
        return Philox.normal(key: key, step: step, index: index, draw: draw)
    }
}
