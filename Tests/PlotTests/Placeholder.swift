import XCTest
@testable import Plot
final class PlaceholderPlotTests: XCTestCase { func testNothing() {} }
