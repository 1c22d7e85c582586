/// The most pixels any renderer of a figure shows across and down a panel: 1024 is more
/// than a braille terminal 500 characters wide (2 dots each) or 250 lines tall (4 dots
/// each) and more than the SVG export's 800 × 500 px. Figure descriptions are reduced
/// to this before they leave the kernel; a renderer within it draws the same pixels.
public enum DisplayResolution {
    public static let columns = 1024
    public static let rows = 1024
    /// Below this many points a series crosses the protocol as it is: its encoding stays
    /// under a few MB, and small figures (and their golden files) stay byte for byte.
    static let reducedAbove = 65_536
}

extension Figure {
    /// The figure with every large raster reduced to one event per cell of its
    /// `RasterGrid` at `DisplayResolution` (at most columns × rows + 4 events), and every
    /// long line sorted by x to the samples `LineReducer` draws it from (at most 4 in each
    /// of `DisplayResolution.columns` columns across its panel's x range: first, lowest,
    /// highest, last), so what crosses to the workbench is bounded by the resolution, not
    /// by the samples, and is drawn as the whole would be.
    public func reducedForDisplay() -> Figure {
        var reduced = self
        let ranges = PanelRange.all(for: self)
        for p in reduced.panels.indices {
            let panel = reduced.panels[p]
            let projection = Projection(
                x: AxisMap(scale: panel.xAxis.scale, lo: ranges[p].x.lo, hi: ranges[p].x.hi, start: 0, end: Double(DisplayResolution.columns)),
                y: AxisMap(scale: panel.yAxis.scale, lo: ranges[p].y.lo, hi: ranges[p].y.hi, start: Double(DisplayResolution.rows), end: 0))
            let lines = LineReducer(projection: projection, bounds: DisplayResolution.bounds)
            reduced.panels[p].series = panel.series.map { $0.reducedForDisplay(lines: lines) }
        }
        return reduced
    }
}

extension DisplayResolution {
    static let bounds = PixelRect(x: 0, y: 0, width: Double(columns), height: Double(rows))
}

extension Series {
    func reducedForDisplay(lines: LineReducer) -> Series {
        switch self {
        case .raster(let name, let times, let indices, let groups, let groupNames):
            guard min(times.count, indices.count) > DisplayResolution.reducedAbove,
                  let kept = RasterReducer(columns: DisplayResolution.columns, rows: DisplayResolution.rows)
                      .keptEvents(times: times, indices: indices, groups: groups) else { return self }
            return .raster(name: name, times: kept.map { times[$0] }, indices: kept.map { indices[$0] },
                           groups: groups.isEmpty ? [] : kept.map { $0 < groups.count ? max(0, groups[$0]) : 0 },
                           groupNames: groupNames)
        case .line(let name, let x, let y, let style):
            guard min(x.count, y.count) > DisplayResolution.reducedAbove, let kept = lines.keptSamples(x: x, y: y) else { return self }
            return .line(name: name, x: kept.map { x[$0] }, y: kept.map { y[$0] }, style: style)
        default:
            return self
        }
    }
}
