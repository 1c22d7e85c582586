/// An explicit Runge–Kutta method as data: stage times `c`, stage weights `a`
/// (lower triangular) and output weights `b`. Every explicit method shares one
/// code path in Codegen.
public struct ButcherTableau: Sendable, Hashable {
    public var c: [Double]
    public var a: [[Double]]
    public var b: [Double]
    public var order: Int

    public var stages: Int { b.count }

    public static let euler = ButcherTableau(c: [0], a: [[]], b: [1], order: 1)
    public static let midpoint = ButcherTableau(c: [0, 0.5], a: [[], [0.5]], b: [0, 1], order: 2)
    public static let heun2 = ButcherTableau(c: [0, 1], a: [[], [1]], b: [0.5, 0.5], order: 2)
    public static let ralston2 = ButcherTableau(c: [0, 2.0 / 3], a: [[], [2.0 / 3]], b: [0.25, 0.75], order: 2)
    public static let rk3 = ButcherTableau(c: [0, 0.5, 1], a: [[], [0.5], [-1, 2]], b: [1.0 / 6, 2.0 / 3, 1.0 / 6], order: 3)
    public static let heun3 = ButcherTableau(c: [0, 1.0 / 3, 2.0 / 3], a: [[], [1.0 / 3], [0, 2.0 / 3]], b: [0.25, 0, 0.75], order: 3)
    public static let ralston3 = ButcherTableau(c: [0, 0.5, 0.75], a: [[], [0.5], [0, 0.75]], b: [2.0 / 9, 1.0 / 3, 4.0 / 9], order: 3)
    public static let ssprk3 = ButcherTableau(c: [0, 1, 0.5], a: [[], [1], [0.25, 0.25]], b: [1.0 / 6, 1.0 / 6, 2.0 / 3], order: 3)
    public static let rk4 = ButcherTableau(c: [0, 0.5, 0.5, 1], a: [[], [0.5], [0, 0.5], [0, 0, 1]],
                                           b: [1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 6], order: 4)
    public static let rk4_38 = ButcherTableau(c: [0, 1.0 / 3, 2.0 / 3, 1], a: [[], [1.0 / 3], [-1.0 / 3, 1], [1, -1, 1]],
                                              b: [0.125, 0.375, 0.375, 0.125], order: 4)
    /// Ralston's fourth-order method (minimum truncation error bound, Ralston 1962), in its exact √5 form.
    public static let ralston4: ButcherTableau = {
        let r = 5.0.squareRoot()
        return ButcherTableau(
            c: [0, 0.4, 7.0 / 8 - 3 * r / 16, 1],
            a: [[], [0.4], [(-2889 + 1428 * r) / 1024, (3785 - 1620 * r) / 1024],
                [(-3365 + 2094 * r) / 6040, (-975 - 3046 * r) / 2552, (467040 + 203968 * r) / 240845]],
            b: [(263 + 24 * r) / 1812, (125 - 1000 * r) / 3828, (3426304 + 1661952 * r) / 5924787, (30 - 4 * r) / 123],
            order: 4)
    }()
}
