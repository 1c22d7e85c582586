import Foundation
import Plot
import Support

/// A figure in one line, for a session's recorded outputs: the kinds of series,
/// how many panels and series, and a hash of the data.
///
/// Numbers are hashed at 6 significant digits, so last-bit differences between
/// machines or compilers do not count as a change while a changed result does:
///
///     figure line: 1 panel, 3 series, data 5c0e91a2b7d4
public struct FigureDigest: Sendable, Equatable {
    public var kinds: [String]
    public var panels: Int
    public var series: Int
    /// 48 bits of FNV-1a over the names and rounded numbers, as hex.
    public var hash: String

    public init(_ figure: Figure) {
        var hasher = Hasher64()
        var kinds: [String] = []
        for panel in figure.panels {
            for series in panel.series {
                let (kind, name, numbers) = Self.contents(of: series)
                if !kinds.contains(kind) { kinds.append(kind) }
                hasher.add(kind + "|" + (name ?? "") + "|")
                for array in numbers {
                    for number in array { hasher.add(Self.rounded(number) + ",") }
                    hasher.add(";")
                }
            }
            hasher.add("/")
        }
        self.kinds = kinds
        panels = figure.panels.count
        series = figure.panels.reduce(0) { $0 + $1.series.count }
        hash = String(String(hasher.value, radix: 16).leftPadded(to: 16).suffix(12))
    }

    public var line: String {
        let kinds = self.kinds.isEmpty ? "empty" : self.kinds.joined(separator: "+")
        return "figure \(kinds): \(panels) panel\(panels == 1 ? "" : "s"), \(series) series, data \(hash)"
    }

    /// Six significant digits; -0 reads as 0 so that a sign bit on zero is not a change.
    static func rounded(_ value: Double) -> String {
        value == 0 ? "0" : String(format: "%.6g", value)
    }

    private static func contents(of series: Series) -> (String, String?, [[Double]]) {
        switch series {
        case .line(let name, let x, let y, _): return ("line", name, [x, y])
        case .points(let name, let x, let y, _): return ("points", name, [x, y])
        case .step(let name, let x, let y, _): return ("step", name, [x, y])
        case .raster(let name, let times, let indices, let groups, _):
            return ("raster", name, [times, indices.map(Double.init), groups.map(Double.init)])
        case .histogram(let name, let edges, let counts, _): return ("histogram", name, [edges, counts])
        case .heatmap(let name, let x, let y, let values, _): return ("heatmap", name, [x, y, values.flatMap { $0 }])
        case .vectorField(let name, let x, let y, let u, let v, _):
            return ("vectors", name, [x, y, u.flatMap { $0 }, v.flatMap { $0 }])
        case .contour(let name, let x, let y, let values, let level, _):
            return ("contour", name, [x, y, values.flatMap { $0 }, [level]])
        case .markers(let points, let kind, let label):
            return ("markers", (label ?? "") + "|" + kind.rawValue, [points.map(\.x), points.map(\.y)])
        case .branch(let name, let x, let y, let stable, _):
            return ("branch", name, [x, y, stable.map { $0 ? 1 : 0 }])
        case .specialPoints(let points):
            return ("special points", points.map(\.label).joined(separator: ","), [points.map(\.x), points.map(\.y)])
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
