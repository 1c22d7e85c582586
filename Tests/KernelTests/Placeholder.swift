import XCTest
@testable import Kernel
final class PlaceholderKernelTests: XCTestCase { func testNothing() {} }
