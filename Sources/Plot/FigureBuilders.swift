extension Figure {
    /// Several traces over one shared x, e.g. `Figure.lines(x: t, ys: [v], names: ["V"], xLabel: "t", yLabel: "V")`.
    public static func lines(x: [Double], ys: [[Double]], names: [String] = [],
                             xLabel: String = "", xUnit: String? = nil,
                             yLabel: String = "", yUnit: String? = nil,
                             title: String? = nil) -> Figure {
        let series = ys.enumerated().map { index, y in
            Series.line(name: index < names.count ? names[index] : nil, x: x, y: y)
        }
        let panel = Panel(xAxis: Axis(label: xLabel, unit: xUnit), yAxis: Axis(label: yLabel, unit: yUnit),
                          series: series, legend: !names.isEmpty)
        return Figure(title: title, panels: [panel])
    }

    /// A spike raster above a rate trace, sharing the time axis (the classic Brunel layout).
    public static func rasterAndRate(times: [Double], indices: [Int], rateTime: [Double], rate: [Double],
                                     timeUnit: String = "ms", title: String? = nil) -> Figure {
        let raster = Panel(xAxis: Axis(label: "t", unit: timeUnit), yAxis: Axis(label: "neuron"),
                           series: [.raster(name: nil, times: times, indices: indices)], legend: false)
        let rates = Panel(xAxis: Axis(label: "t", unit: timeUnit), yAxis: Axis(label: "rate", unit: "Hz"),
                          series: [.line(name: nil, x: rateTime, y: rate)], legend: false)
        return Figure(title: title, panels: [raster, rates], sharedX: true)
    }

    /// One panel holding the given series.
    public static func single(_ series: [Series], xAxis: Axis = Axis(), yAxis: Axis = Axis(),
                              title: String? = nil, legend: Bool = true) -> Figure {
        Figure(title: title, panels: [Panel(xAxis: xAxis, yAxis: yAxis, series: series, legend: legend)])
    }
}
