import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Language

final class UnitTests: XCTestCase {
    func testDerivedDimensions() {
        XCTAssertEqual(Dimension.voltage / .resistance, .current)
        XCTAssertEqual(Dimension.conductance * .voltage, .current)
        XCTAssertEqual(Dimension.capacitance * .resistance, .time)
        XCTAssertEqual(Dimension.frequency * .time, .one)
        XCTAssertEqual(Dimension.voltage.power(2).root(2), .voltage)
        XCTAssertNil(Dimension.voltage.root(4))
        XCTAssertEqual(Dimension.time.root(2)?.power(2), .time)
        XCTAssertEqual(Dimension.time.power(halfSteps: -1), (Dimension.one / .time).root(2))
        XCTAssertNil(Dimension.time.root(2)?.power(halfSteps: 1))
        XCTAssertEqual(Units.siSymbol(for: .voltage / Dimension.time.root(2)!), "V/s^(1/2)")
        XCTAssertEqual(Units.siSymbol(for: Dimension.time.power(3).root(2)!), "s^(3/2)")
        XCTAssertEqual(Units.siSymbol(for: .conductance * .voltage.power(2)), "W")
        XCTAssertEqual(DisplayUnit.preferred(for: .conductance * .voltage.power(2)), DisplayUnit(name: "pW", scale: 1e-12))
    }

    func testPrefixedUnitScales() {
        XCTAssertEqual(Units.lookup("ms")?.scale, 1e-3)
        XCTAssertEqual(Units.lookup("Mohm")?.scale, 1e6)
        XCTAssertEqual(Units.lookup("pF")?.scale, 1e-12)
        XCTAssertEqual(Units.lookup("mM")?.scale, 1)
        XCTAssertEqual(Units.lookup("cm")?.dimension, .length)
        for name in ["s", "ms", "us", "V", "mV", "A", "nA", "pA", "uA", "S", "mS", "nS", "uS", "ohm", "kohm", "Mohm",
                     "F", "uF", "nF", "pF", "W", "mW", "uW", "nW", "pW", "Hz", "m", "cm", "um", "M", "mM", "uM"] {
            XCTAssertNotNil(Units.lookup(name), name)
        }
        XCTAssertEqual(Units.suggestion(for: "MV"), "mV")
    }

    func testDimensionsDescribeThemselvesInWordsAndSymbols() {
        XCTAssertEqual(Dimension.voltage.description, "voltage (V)")
        XCTAssertEqual((Dimension.voltage / .time).description, "voltage/time (V/s)")
        XCTAssertEqual((Dimension.current / .length.power(2)).description, "current density (A/m^2)")
    }

    func testUnitArithmeticInModels() {
        let outputs = runModel("""
        neuron N {
          param C = 1 uF/cm^2, g = 0.3 mS/cm^2
          var V = -65 mV
          dV/dt = -g*(V + 65 mV)/C
        }
        population P = N(1)
        print P.C, P.g, P.C / P.g, 10 Mohm * 2 nA, 1 mV / ms, 2 nS * 3 mV * 5 mV
        """)
        XCTAssertEqual(printed(outputs, "P.C"), [1], accuracy: 1e-12)
        XCTAssertEqual(printed(outputs, "P.g"), [0.3], accuracy: 1e-12)
        XCTAssertEqual(printed(outputs, "P.C / P.g"), [10 / 3.0], accuracy: 1e-12)
        XCTAssertEqual(printed(outputs, "10 Mohm * 2 nA"), [20], accuracy: 1e-12)
        XCTAssertEqual(printed(outputs, "1 mV / ms"), [1], accuracy: 1e-12)
        XCTAssertEqual(printed(outputs, "2 nS * 3 mV * 5 mV"), [0.03], accuracy: 1e-12)
    }

    func testUnitErrorNamesLineColumnAndBothDimensions() {
        let outputs = Interpreter.withPrivateCache().execute("neuron Bad {\n  param tau = 10 ms\n  var V = -65 mV\n  input I = 1 nA\n  dV/dt = I / tau\n}")
        let error = firstError(outputs)!
        XCTAssertEqual(error.line, 5)
        XCTAssertEqual(error.column, 11)
        XCTAssertTrue(error.message.contains("voltage/time"), error.message)
        XCTAssertTrue(error.message.contains("current/time"), error.message)
    }
}
