/// `export FORMAT "file" [P.V[0:5] | P.spikes]`: the last figure (svg, pdf) or a recording (csv, npy, json) to a file.
public struct ExportRequest: Sendable, Hashable {
    public enum Format: String, Sendable, CaseIterable {
        case svg, pdf, csv, npy, json

        /// Whether the format writes a recording (the others write the last figure).
        public var writesRecording: Bool { self != .svg && self != .pdf }
    }

    public var format: Format
    public var path: String
    /// Where the file name was written, for errors about the file.
    public var pathRange: SourceRange
    /// The recording to write; nil for a figure.
    public var recording: FieldReference?
    public var range: SourceRange

    package init(format: Format, path: String, pathRange: SourceRange, recording: FieldReference?, range: SourceRange) {
        self.format = format
        self.path = path
        self.pathRange = pathRange
        self.recording = recording
        self.range = range
    }
}
