/// A complex vector as its real and imaginary parts, for the eigenvectors at a Hopf point.
struct ComplexVector {
    var re: [Double]
    var im: [Double]

    init(re: [Double], im: [Double]) {
        self.re = re
        self.im = im
    }

    init(_ components: [LinearAlgebra.Complex]) {
        self.init(re: components.map(\.re), im: components.map(\.im))
    }

    var conjugate: ComplexVector { ComplexVector(re: re, im: im.map { -$0 }) }

    /// ⟨self, other⟩ = Σ conj(self_i) other_i.
    func inner(_ other: ComplexVector) -> LinearAlgebra.Complex {
        LinearAlgebra.Complex(re.dot(other.re) + im.dot(other.im), re.dot(other.im) - im.dot(other.re))
    }

    /// self · c for a complex scalar c.
    func scaled(by c: LinearAlgebra.Complex) -> ComplexVector {
        ComplexVector(re: (c.re * re) - (c.im * im), im: (c.re * im).adding(c.im * re))
    }

    static func - (a: ComplexVector, b: ComplexVector) -> ComplexVector {
        ComplexVector(re: a.re - b.re, im: a.im - b.im)
    }

    static func + (a: ComplexVector, b: ComplexVector) -> ComplexVector {
        ComplexVector(re: a.re.adding(b.re), im: a.im.adding(b.im))
    }
}

extension LinearAlgebra.Complex {
    var reciprocal: LinearAlgebra.Complex {
        let d = re * re + im * im
        return LinearAlgebra.Complex(re / d, -im / d)
    }
}
