import Foundation
import Language
import Output
import Plot
import Support

/// `export svg "f.svg"` and `export pdf "f.pdf"` (the last figure) and `export csv | npy | json "f" P.V[0:5] | P.spikes`
/// (a recording): each file is replaced atomically, so a failed export leaves the old one.
extension Interpreter {
    func export(_ request: ExportRequest) throws -> Output {
        let bytes: [UInt8]
        switch request.format {
        case .svg, .pdf:
            guard var figure = lastFigure else {
                throw Diagnostic(.noFigure, at: request.range, hint: "plot something first: plot raster P or plot P.V")
            }
            guard request.format == .pdf else {
                bytes = Array(SVGRenderer().render(figure).utf8)
                break
            }
            figure.size = figure.size ?? Self.defaultPrintSize
            bytes = try PDFConverter().pdf(fromSVG: SVGRenderer().render(figure), at: request.range)
        case .csv, .npy, .json:
            guard let field = request.recording else { preconditionFailure("the parser gives csv, npy and json a recording") }
            let table = try recordingTable(for: field)
            bytes = request.format == .npy ? table.npy : Array((request.format == .csv ? table.csv : table.json).utf8)
        }
        try write(bytes, to: request.path, at: request.pathRange)
        return .info("wrote \(request.path)")
    }

    /// A PDF is a page for print: a figure plotted without `size = ...` gets matplotlib's default page.
    static let defaultPrintSize = PrintSize(width: 6.4, height: 4.8)

    /// Makes the missing folders of `path`, then replaces the file.
    private func write(_ bytes: [UInt8], to path: String, at range: SourceRange) throws {
        let hint = "write to a folder that exists or can be made, and that you may write to"
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(.cannotWrite(path: path, reason: "the folder \(folder.path) cannot be made"), at: range, hint: hint)
        }
        do throws(AtomicFileError) {
            try AtomicFile(path: path).write(bytes: bytes)
        } catch {
            throw Diagnostic(.cannotWrite(path: path, reason: error.reason), at: range, hint: hint)
        }
    }
}
