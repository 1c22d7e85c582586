/// The cells a raster is drawn on: `columns` equal bins over the events' time span and
/// index bins of whole neurons, at most `rows` of them. Every renderer draws each event
/// at the centre of its cell, so the events of one cell are one mark and a figure that
/// keeps one event per cell draws the same pixels as the whole raster.
struct RasterGrid {
    let columns: Int
    let rows: Int
    private let timeLow: Double
    private let binWidth: Double
    private let indexLow: Int
    private let indicesPerRow: Int

    /// Nil where no event has a finite time.
    init?(times: [Double], indices: [Int], count: Int, columns: Int, rows: Int) {
        var (tLo, tHi, iLo, iHi) = (Double.infinity, -Double.infinity, Int.max, Int.min)
        for event in 0..<count where times[event].isFinite {
            (tLo, tHi) = (min(tLo, times[event]), max(tHi, times[event]))
            (iLo, iHi) = (min(iLo, indices[event]), max(iHi, indices[event]))
        }
        guard tLo <= tHi else { return nil }
        indicesPerRow = (iHi - iLo) / rows + 1
        (timeLow, indexLow) = (tLo, iLo)
        binWidth = tHi > tLo ? (tHi - tLo) / Double(columns) : 1
        self.columns = columns
        self.rows = (iHi - iLo) / indicesPerRow + 1
    }

    /// The cell (row-major) of an event with a finite time.
    func cell(time: Double, index: Int) -> Int? {
        guard time.isFinite else { return nil }
        let column = min(columns - 1, Int((time - timeLow) / binWidth))
        return (index - indexLow) / indicesPerRow * columns + column
    }

    /// Where the events of a cell are drawn: the middle of its time bin, and of its
    /// neurons (the neuron itself where a row holds one).
    func centre(of cell: Int) -> (time: Double, index: Double) {
        let (row, column) = cell.quotientAndRemainder(dividingBy: columns)
        return (timeLow + (Double(column) + 0.5) * binWidth,
                Double(indexLow + row * indicesPerRow) + Double(indicesPerRow - 1) / 2)
    }
}
