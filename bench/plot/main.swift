import Foundation
import Plot
let x = (0..<200).map { Double($0) * 0.05 }
let fig = Figure(title: "demo", panels: [
  Panel(xAxis: Axis(label: "t", unit: "ms"), yAxis: Axis(label: "V", unit: "mV"), series: [.line(name: "sin", x: x, y: x.map { sin($0) })]),
  Panel(xAxis: Axis(label: "t", unit: "ms"), yAxis: Axis(label: "neuron"), series: [.raster(name: "E", times: (0..<300).map { Double($0 * 37 % 1000) / 100 }, indices: (0..<300).map { $0 % 20 }, groupSizes: [15, 5], groupNames: ["E", "I"])]),
], sharedX: true)
print(TerminalRenderer(canvas: .braille, colours: .none).render(fig, width: 80, height: 24).plainText())
print(TerminalRenderer(canvas: .ascii, colours: .ansi256).render(fig, width: 60, height: 16).ansiText())
