import XCTest
import Kernel
@testable import Language
@testable import Output
@testable import Session

/// Tables print as aligned columns (text) and one JSON object (scripts); both exact.
final class TableTests: XCTestCase {
    let table = Table(title: "fixed points of FHN",
                      columns: [.init("v", unit: "mV"), .init("λ"), .init("type")],
                      rows: [[.number(-1.19941), .complex(re: -0.25, im: 0.5), .text("stable focus")],
                             [.number(12), .complex(re: 1, im: 0), .text("saddle")]])

    func testText() {
        XCTAssertEqual(OutputFormat.text(.table(table), renderer: DiagnosticRenderer(fileName: "", source: "")), """
        fixed points of FHN
        v (mV)    λ             type
        -1.19941  -0.25 + 0.5i  stable focus
              12             1  saddle
        """)
    }

    func testJSONAndCodableRoundTrip() throws {
        XCTAssertEqual(OutputFormat.json(.table(table), cell: 2),
                       #"{"cell":2,"kind":"table","title":"fixed points of FHN","columns":[{"name":"v","unit":"mV"},{"name":"λ","unit":""},{"name":"type","unit":""}],"rows":[[-1.19941,{"re":-0.25,"im":0.5},"stable focus"],[12,{"re":1,"im":0},"saddle"]]}"#)
        let data = try JSONEncoder().encode(Output.table(table))
        guard case .table(let decoded) = try JSONDecoder().decode(Output.self, from: data) else { return XCTFail("not a table") }
        XCTAssertEqual(decoded, table)
    }

    func testSessionRecordIsTheText() {
        XCTAssertEqual(OutputRecord.lines(for: [.table(table)]).outputs.count, 4)
    }
}
