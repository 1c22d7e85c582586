/// Where a continued curve turns back in its parameter: the tangent's parameter
/// component changes sign. Components below `noise` carry no sign (on a nearly
/// vertical stretch, such as a canard explosion, they flicker with rounding), so a
/// fold is reported once the sign is confirmed on the far side, at the first pair
/// of points in between where it changes.
func foldBrackets(on curve: [CurvePoint], noise: Double = 1e-7) -> [(CurvePoint, CurvePoint)] {
    foldBracketIndices(on: curve, noise: noise).map { (curve[$0], curve[$0 + 1]) }
}

/// The first index of each pair that `foldBrackets` returns.
func foldBracketIndices(on curve: [CurvePoint], noise: Double = 1e-7) -> [Int] {
    var brackets: [Int] = []
    var lastSigned: Int?
    for (i, point) in curve.enumerated() where abs(point.tangent.last!) > noise {
        if let previous = lastSigned, (curve[previous].tangent.last! > 0) != (point.tangent.last! > 0),
           let pair = (previous..<i).first(where: { curve[$0].tangent.last! * curve[$0 + 1].tangent.last! <= 0 }) {
            brackets.append(pair)
        }
        lastSigned = i
    }
    return brackets
}

enum FoldTest {
    /// A tangent's parameter component this small is a fold to well within rounding
    /// of the parameter: near a fold p ≈ p* + c s², so |t_p| ≈ 2|c s| ≤ 1e-8 leaves
    /// p − p* ≈ c s² below 1e-16/|c|. Location stops there.
    static let negligible = 1e-8
}
