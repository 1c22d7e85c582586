import Foundation
import Plot

/// A reproducible stream of uniform numbers in [0, 1), so every run measures the same data.
struct Uniform {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    mutating func next() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) / Double(1 << 53)
    }
}

func rasterFigure(spikes: Int, neurons: Int, duration: Double) -> Figure {
    var random = Uniform()
    var times: [Double] = [], indices: [Int] = []
    times.reserveCapacity(spikes)
    indices.reserveCapacity(spikes)
    for _ in 0..<spikes {
        times.append(random.next() * duration)
        indices.append(Int(random.next() * Double(neurons)))
    }
    let raster = Series.raster(name: nil, times: times, indices: indices,
                               groupSizes: [neurons * 4 / 5, neurons / 5], groupNames: ["E", "I"])
    return Figure.single([raster], xAxis: Axis(label: "t", unit: "ms"), yAxis: Axis(label: "neuron"))
}

func traceFigure(points: Int, duration: Double) -> Figure {
    var random = Uniform()
    let t = (0..<points).map { Double($0) * duration / Double(points) }
    let v = t.map { -65 + 10 * sin($0 / 20) + 2 * (random.next() - 0.5) }
    return Figure.lines(x: t, ys: [v], names: ["V"], xLabel: "t", xUnit: "ms", yLabel: "V", yUnit: "mV")
}

/// Milliseconds per call: the median and fastest of `repeats` runs after one warm-up.
func measure(repeats: Int, _ body: () -> Void) -> (median: Double, best: Double) {
    body()
    var samples: [Double] = []
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    samples.sort()
    return (samples[samples.count / 2], samples[0])
}

func report(_ name: String, _ timing: (median: Double, best: Double), bytes: Int? = nil) {
    let size = bytes.map { String(format: ", %.0f kB", Double($0) / 1000) } ?? ""
    print(String(format: "%-40@ median %7.2f ms, best %7.2f ms", name as NSString, timing.median, timing.best) + size)
}

let figures = [("raster 10^6 spikes (10 000 neurons, 1 s)", rasterFigure(spikes: 1_000_000, neurons: 10_000, duration: 1000)),
               ("raster 2x10^5 spikes (half the pixels lit)", rasterFigure(spikes: 200_000, neurons: 10_000, duration: 1000)),
               ("trace 10^6 points", traceFigure(points: 1_000_000, duration: 1000))]
let terminal = TerminalRenderer(canvas: .braille, colours: .truecolor)
for (name, figure) in figures {
    var grid = CellGrid(width: 0, height: 0)
    report("terminal 120x40 " + name, measure(repeats: 15) { grid = terminal.render(figure, width: 120, height: 40) })
    var ansi = ""
    report("  + ansiText", measure(repeats: 15) { ansi = grid.ansiText() })
    var svg = ""
    report("svg 800x500 " + name, measure(repeats: 7) { svg = SVGRenderer().render(figure) }, bytes: svg.utf8.count)
    _ = ansi
}

let x = (0...400).map { Double($0) * 0.05 }
var spikeRandom = Uniform()
let spikeTimes = (0..<400).map { _ in spikeRandom.next() * 20 }
let spikeIndices = (0..<400).map { _ in Int(spikeRandom.next() * 40) }
let demo = Figure(panels: [
    Panel(xAxis: Axis(label: "t", unit: "ms"), yAxis: Axis(label: "V", unit: "mV"),
          series: [.line(name: "sin", x: x, y: x.map(sin))]),
    Panel(xAxis: Axis(label: "t", unit: "ms"), yAxis: Axis(label: "neuron"),
          series: [.raster(name: nil, times: spikeTimes, indices: spikeIndices, groupSizes: [32, 8], groupNames: ["E", "I"])]),
], sharedX: true)
print(TerminalRenderer(canvas: .braille, colours: .none).render(demo, width: 80, height: 20).plainText())
