/// A point in data coordinates.
public struct PlotPoint: Sendable, Codable, Equatable {
    public var x: Double
    public var y: Double

    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// What a marker says about a fixed point.
public enum MarkerKind: String, Sendable, Codable, Equatable {
    /// Drawn filled.
    case stable
    /// Drawn hollow.
    case unstable
    /// Drawn half filled.
    case saddle
}

/// A labelled point on a bifurcation diagram, such as a limit point (LP) or a Hopf point (H).
public struct SpecialPoint: Sendable, Codable, Equatable {
    public var x: Double
    public var y: Double
    public var label: String

    public init(x: Double, y: Double, label: String) {
        self.x = x
        self.y = y
        self.label = label
    }
}

/// One thing drawn in a panel. Grids (`heatmap`, `vectorField`, `contour`) are
/// indexed `[row][column]`, rows following `y` and columns following `x`.
public enum Series: Sendable, Codable, Equatable {
    case line(name: String?, x: [Double], y: [Double], style: Style = .plain)
    case points(name: String?, x: [Double], y: [Double], style: Style = .plain)
    /// Events as time × index; `groups` holds a group id per event (empty: all in group 0),
    /// each group gets its own colour and, when given, its name from `groupNames`.
    case raster(name: String?, times: [Double], indices: [Int], groups: [Int] = [], groupNames: [String] = [])
    /// A staircase that holds each y until the next x.
    case step(name: String?, x: [Double], y: [Double], style: Style = .plain)
    /// Bars between consecutive `edges`; `counts.count == edges.count - 1`.
    case histogram(name: String?, edges: [Double], counts: [Double], style: Style = .plain)
    /// Cells centred on `x` and `y`, coloured by value, with a colour bar.
    case heatmap(name: String?, x: [Double], y: [Double], values: [[Double]], colourbarLabel: String?)
    /// Arrows (u, v) at the grid points.
    case vectorField(name: String?, x: [Double], y: [Double], u: [[Double]], v: [[Double]], style: Style = .plain)
    /// The level set `values == level` of a grid, e.g. a nullcline.
    case contour(name: String?, x: [Double], y: [Double], values: [[Double]], level: Double = 0, style: Style = .plain)
    /// Fixed points: filled when stable, hollow when unstable, half filled for a saddle.
    case markers(points: [PlotPoint], kind: MarkerKind, label: String?)
    /// A solution branch: solid where stable, dashed where unstable.
    case branch(name: String?, x: [Double], y: [Double], stable: [Bool], style: Style = .plain)
    case specialPoints([SpecialPoint])
}

extension Series {
    /// A raster whose groups are consecutive index ranges, e.g. `[800, 200]` for E and I cells.
    public static func raster(name: String?, times: [Double], indices: [Int],
                              groupSizes: [Int], groupNames: [String] = []) -> Series {
        var bounds: [Int] = []
        var total = 0
        for size in groupSizes {
            total += max(0, size)
            bounds.append(total)
        }
        let groups = indices.map { index in
            bounds.firstIndex { index < $0 } ?? max(0, bounds.count - 1)
        }
        return .raster(name: name, times: times, indices: indices, groups: groups, groupNames: groupNames)
    }

    /// A histogram of `values` in `bins` equal bins spanning their finite range.
    public static func histogram(name: String?, values: [Double], bins: Int, style: Style = .plain) -> Series {
        let finite = values.filter(\.isFinite)
        let binCount = max(1, bins)
        guard let lo = finite.min(), let hi = finite.max() else {
            return .histogram(name: name, edges: [], counts: [], style: style)
        }
        let width = hi > lo ? (hi - lo) / Double(binCount) : 1
        let edges = (0...binCount).map { lo + Double($0) * width }
        var counts = [Double](repeating: 0, count: binCount)
        for value in finite {
            counts[min(binCount - 1, Int((value - lo) / width))] += 1
        }
        return .histogram(name: name, edges: edges, counts: counts, style: style)
    }

    /// The series under another legend name (a series without one stays as it is).
    public func named(_ newName: String) -> Series {
        switch self {
        case .line(_, let x, let y, let style): return .line(name: newName, x: x, y: y, style: style)
        case .points(_, let x, let y, let style): return .points(name: newName, x: x, y: y, style: style)
        case .step(_, let x, let y, let style): return .step(name: newName, x: x, y: y, style: style)
        case .histogram(_, let edges, let counts, let style): return .histogram(name: newName, edges: edges, counts: counts, style: style)
        case .branch(_, let x, let y, let stable, let style): return .branch(name: newName, x: x, y: y, stable: stable, style: style)
        default: return self
        }
    }

    /// The same series drawn in `colour`.
    public func coloured(_ colour: RGB) -> Series {
        func recoloured(_ style: Style) -> Style {
            var style = style
            style.colour = colour
            return style
        }
        switch self {
        case .line(let name, let x, let y, let style): return .line(name: name, x: x, y: y, style: recoloured(style))
        case .points(let name, let x, let y, let style): return .points(name: name, x: x, y: y, style: recoloured(style))
        case .step(let name, let x, let y, let style): return .step(name: name, x: x, y: y, style: recoloured(style))
        case .histogram(let name, let edges, let counts, let style): return .histogram(name: name, edges: edges, counts: counts, style: recoloured(style))
        case .branch(let name, let x, let y, let stable, let style): return .branch(name: name, x: x, y: y, stable: stable, style: recoloured(style))
        default: return self
        }
    }

    /// Whether `named` and `coloured` apply to it (a series with a legend name).
    public var takesLabel: Bool {
        switch self {
        case .line(let name, _, _, _), .points(let name, _, _, _), .step(let name, _, _, _), .histogram(let name, _, _, _),
             .branch(let name, _, _, _, _):
            return name != nil
        default:
            return false
        }
    }

    /// The name shown in a legend, if any.
    public var legendName: String? {
        switch self {
        case .line(let name, _, _, _), .points(let name, _, _, _), .step(let name, _, _, _),
             .histogram(let name, _, _, _), .heatmap(let name, _, _, _, _),
             .vectorField(let name, _, _, _, _, _), .contour(let name, _, _, _, _, _),
             .branch(let name, _, _, _, _), .raster(let name, _, _, _, _):
            return name
        case .markers(_, _, let label):
            return label
        case .specialPoints:
            return nil
        }
    }
}
