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
    /// `RasterGrid` at `DisplayResolution` (at most columns × rows + 4 events), so what
    /// crosses to the workbench is bounded by the resolution, not by the spike count.
    public func reducedForDisplay() -> Figure {
        var reduced = self
        for p in reduced.panels.indices {
            reduced.panels[p].series = reduced.panels[p].series.map { $0.reducedForDisplay() }
        }
        return reduced
    }
}

extension Series {
    func reducedForDisplay() -> Series {
        guard case .raster(let name, let times, let indices, let groups, let groupNames) = self,
              min(times.count, indices.count) > DisplayResolution.reducedAbove,
              let kept = RasterReducer(columns: DisplayResolution.columns, rows: DisplayResolution.rows)
                  .keptEvents(times: times, indices: indices, groups: groups) else { return self }
        return .raster(name: name, times: kept.map { times[$0] }, indices: kept.map { indices[$0] },
                       groups: groups.isEmpty ? [] : kept.map { $0 < groups.count ? max(0, groups[$0]) : 0 },
                       groupNames: groupNames)
    }
}
