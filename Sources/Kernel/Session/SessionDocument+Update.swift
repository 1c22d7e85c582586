extension SessionDocument {
    /// This document with the code and outputs of `cells`, as a notebook saves it.
    ///
    /// Cells keep their place: the header, each cell's title and the lines
    /// after its outputs, and the file's line breaks stay as they were, so a
    /// session opened and saved unchanged is written back byte for byte, and an
    /// edited cell keeps its title. Cells beyond this document's are added with a
    /// blank line after them.
    ///
    ///     let opened = try SessionDocument(parsing: "# %% The model\nprint 1\n#> 1 = 1\n\n# the next cell\n# %%\nprint 2\n")
    ///     opened.updating([SessionCell(source: "print 3\n", outputs: ["3 = 3"]), SessionCell(source: "print 2\n")]).text
    ///     // "# %% The model\nprint 3\n#> 3 = 3\n\n# the next cell\n# %%\nprint 2\n"
    public func updating(_ cells: [SessionCell]) -> SessionDocument {
        var document = self
        document.cells = cells.enumerated().map { index, cell in
            guard self.cells.indices.contains(index) else {
                return SessionCell(title: cell.title, source: cell.source, recorded: cell.recorded, spacing: "\n")
            }
            var kept = self.cells[index]
            kept.source = cell.source
            kept.recorded = cell.recorded
            return kept
        }
        return document
    }
}
