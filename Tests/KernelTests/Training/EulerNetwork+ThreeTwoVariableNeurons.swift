import Kernel
import Foundation

extension EulerNetwork {
    /// Three neurons of two variables, x0' = −x0 + tanh(a0 + a1), x1' = −x1/2 + x0·x1/10 + a1, with their exact
    /// derivatives: the slopes the adjoint tests differentiate through.
    static let threeTwoVariableNeurons: Slopes = { x, a in
        var f: [Double] = [], jacobian: [Double] = [], accumulatorSlopes: [Double] = []
        for i in 0..<3 {
            let (x0, x1, a0, a1) = (x[2 * i], x[2 * i + 1], a[2 * i], a[2 * i + 1])
            let t = tanh(a0 + a1), sech2 = 1 - t * t
            f += [-x0 + t, -x1 / 2 + x0 * x1 / 10 + a1]
            jacobian += [-1, 0, x1 / 10, -0.5 + x0 / 10]
            accumulatorSlopes += [sech2, 0, sech2, 1]
        }
        return (f, jacobian, accumulatorSlopes)
    }
}
