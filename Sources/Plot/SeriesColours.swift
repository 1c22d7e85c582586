/// Which palette colours the series of a panel take: each series the next one,
/// a raster one per group, unless its style names a colour.
enum SeriesColours {
    /// The palette index of each series' first colour.
    static func indices(of series: [Series]) -> [Int] {
        var next = 0
        return series.map { item in
            defer { next += slots(of: item) }
            return next
        }
    }

    static func base(of series: Series, index: Int) -> RGB {
        style(of: series)?.colour ?? Palette.colour(index)
    }

    /// The colour of each raster group, in order.
    static func groupCount(of series: Series) -> Int {
        guard case .raster(_, _, _, let groups, let names) = series else { return 1 }
        return max(1, (groups.max() ?? 0) + 1, names.count)
    }

    private static func slots(of series: Series) -> Int {
        switch series {
        case .heatmap: return 0
        case .raster: return groupCount(of: series)
        default: return 1
        }
    }

    private static func style(of series: Series) -> Style? {
        switch series {
        case .line(_, _, _, let style), .points(_, _, _, let style), .step(_, _, _, let style),
             .histogram(_, _, _, let style), .vectorField(_, _, _, _, _, let style),
             .contour(_, _, _, _, _, let style), .branch(_, _, _, _, let style):
            return style
        case .raster, .heatmap, .markers, .specialPoints:
            return nil
        }
    }
}
