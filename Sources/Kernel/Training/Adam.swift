import Foundation

/// Adam (Kingma & Ba 2015): each parameter moves by the learning rate times its gradient's running mean
/// over the root of its running mean square, both corrected for their start at zero.
public struct Adam: Sendable {
    public var learningRate: Double
    public let beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8
    private var mean: [Double]
    private var meanSquare: [Double]
    private var steps = 0

    public init(learningRate: Double, count: Int) {
        self.learningRate = learningRate
        mean = Array(repeating: 0, count: count)
        meanSquare = Array(repeating: 0, count: count)
    }

    public mutating func step(_ parameters: inout [Double], gradient: [Double]) {
        steps += 1
        let correction1 = 1 - pow(beta1, Double(steps)), correction2 = 1 - pow(beta2, Double(steps))
        for k in parameters.indices {
            mean[k] = beta1 * mean[k] + (1 - beta1) * gradient[k]
            meanSquare[k] = beta2 * meanSquare[k] + (1 - beta2) * gradient[k] * gradient[k]
            parameters[k] -= learningRate * (mean[k] / correction1) / ((meanSquare[k] / correction2).squareRoot() + epsilon)
        }
    }
}
