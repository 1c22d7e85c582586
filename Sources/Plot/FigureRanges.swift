/// The data range each panel shows, in data units. With a shared x axis every
/// panel takes the first fixed x limits, or else the x extent of all panels together.
struct PanelRange: Sendable {
    var x: (lo: Double, hi: Double)
    var y: (lo: Double, hi: Double)

    static func all(for figure: Figure) -> [PanelRange] {
        let extents = figure.panels.map(extents(of:))
        var ranges = zip(figure.panels, extents).map { panel, extent in
            PanelRange(x: extent.x.limits(panel.xAxis.limits), y: extent.y.limits(panel.yAxis.limits))
        }
        if figure.sharedX, let first = figure.panels.first {
            var union = Extent(scale: first.xAxis.scale)
            for extent in extents { union.include(extent.x) }
            let fixed = figure.panels.first { $0.xAxis.limits != .auto }?.xAxis.limits ?? .auto
            let shared = union.limits(fixed)
            for index in ranges.indices { ranges[index].x = shared }
        }
        return ranges
    }

    private static func extents(of panel: Panel) -> (x: Extent, y: Extent) {
        var x = Extent(scale: panel.xAxis.scale), y = Extent(scale: panel.yAxis.scale)
        for series in panel.series {
            let extent = series.extents(x: panel.xAxis.scale, y: panel.yAxis.scale)
            x.include(extent.x)
            y.include(extent.y)
        }
        return (x, y)
    }
}

/// Tick values and their labels for one axis.
struct AxisTicks {
    let values: [Double]
    let labels: [String]

    init(scale: Scale, lo: Double, hi: Double, count: Int) {
        if scale == .log {
            values = Ticks.log(lo: lo, hi: hi, count: count)
            labels = Ticks.logLabels(values)
        } else {
            values = Ticks.linear(lo: lo, hi: hi, count: count)
            labels = Ticks.labels(values)
        }
    }
}

/// What a legend lists for a panel: a sample of each named series in its colour, and a
/// dashed line for "unstable" where a branch is dashed somewhere.
struct LegendEntry: Equatable {
    enum Sample: Equatable {
        case line
        case dashedLine
        case dot
        case marker(MarkerKind)
    }

    var name: String
    var colour: RGB
    var sample: Sample

    static func entries(for panel: Panel) -> [LegendEntry] {
        guard panel.legend else { return [] }
        let colourIndices = SeriesColours.indices(of: panel.series)
        let named = zip(panel.series, colourIndices).flatMap { series, index in
            entries(for: series, colourIndex: index)
        }
        let dashed = panel.series.contains { series in
            if case .branch(_, _, _, let stable, _) = series { return stable.contains(false) } else { return false }
        }
        return named + (dashed ? [LegendEntry(name: "unstable", colour: Palette.neutral, sample: .dashedLine)] : [])
    }

    private static func entries(for series: Series, colourIndex: Int) -> [LegendEntry] {
        let colour = SeriesColours.base(of: series, index: colourIndex)
        switch series {
        case .raster(_, _, _, _, let groupNames) where !groupNames.isEmpty:
            return groupNames.enumerated().map { LegendEntry(name: $1, colour: Palette.colour(colourIndex + $0), sample: .dot) }
        case .points, .raster, .histogram:
            return series.legendName.map { [LegendEntry(name: $0, colour: colour, sample: .dot)] } ?? []
        case .markers(_, let kind, let label):
            return label.map { [LegendEntry(name: $0, colour: colour, sample: .marker(kind))] } ?? []
        case .heatmap, .specialPoints:
            return []
        default:
            return series.legendName.map { [LegendEntry(name: $0, colour: colour, sample: .line)] } ?? []
        }
    }
}

extension Panel {
    /// The first heatmap's value range and colour-bar label, if the panel has a heatmap.
    var colourBar: (range: HeatRange, label: String?)? {
        for series in series {
            if case .heatmap(_, _, _, let values, let label) = series {
                return (HeatRange(values: values), label)
            }
        }
        return nil
    }
}
