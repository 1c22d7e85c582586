import Foundation

/// The smooth stand-in for a spike's step H(c) in the backward pass (Neftci, Mostafa & Zenke 2019): the
/// derivative S'(c) of a sigmoid-like S that goes from 0 to 1 about the threshold c = 0. The forward pass
/// spikes where c > 0; `smoothed` is the S whose exact gradient the backward pass computes, for checking.
public enum Surrogate: Sendable, Equatable {
    /// S' = max(0, 1 − |c|/width)/width (Bellec et al. 2018): a triangle of area 1.
    case piecewiseLinear(width: Double)
    /// S' = β/(2(1 + β|c|)²) (SuperSpike, Zenke & Ganguli 2018, scaled to area 1).
    case fastSigmoid(slope: Double)
    /// S' = α/(2(1 + (παc/2)²)), of S = 1/2 + arctan(παc/2)/π.
    case arctan(slope: Double)

    public func derivative(_ c: Double) -> Double {
        switch self {
        case .piecewiseLinear(let width): return max(0, 1 - abs(c) / width) / width
        case .fastSigmoid(let beta): return beta / (2 * (1 + beta * abs(c)) * (1 + beta * abs(c)))
        case .arctan(let alpha):
            let u = Double.pi * alpha * c / 2
            return alpha / (2 * (1 + u * u))
        }
    }

    /// S itself: the smoothed spike whose derivative is `derivative`.
    public func smoothed(_ c: Double) -> Double {
        switch self {
        case .piecewiseLinear(let width):
            guard abs(c) < width else { return c > 0 ? 1 : 0 }
            return 0.5 + c / width - c * abs(c) / (2 * width * width)
        case .fastSigmoid(let beta): return 0.5 + beta * c / (2 * (1 + beta * abs(c)))
        case .arctan(let alpha): return 0.5 + atan(Double.pi * alpha * c / 2) / Double.pi
        }
    }
}
