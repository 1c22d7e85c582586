import XCTest
import Kernel
@testable import Runtime

/// Philox4x32-10 against the known-answer vectors of Salmon et al. (Random123),
/// the C twin against the Swift one, and runs reproducible by seed whatever the chunking.
final class RandomTests: XCTestCase {
    func testPhiloxKnownAnswers() {
        let zero = Philox.block(counter: (0, 0, 0, 0), key: (0, 0))
        XCTAssertEqual([zero.0, zero.1, zero.2, zero.3], [0x6627_e8d5, 0xe169_c58d, 0xbc57_ac4c, 0x9b00_dbd8])
        let ones = Philox.block(counter: (.max, .max, .max, .max), key: (.max, .max))
        XCTAssertEqual([ones.0, ones.1, ones.2, ones.3], [0x408f_276d, 0x41c8_3b0e, 0xa20b_c7c6, 0x6d54_51fd])
        let pi = Philox.block(counter: (0x243f_6a88, 0x85a3_08d3, 0x1319_8a2e, 0x0370_7344), key: (0xa409_3822, 0x299f_31d0))
        XCTAssertEqual([pi.0, pi.1, pi.2, pi.3], [0xd16c_fe09, 0x94fd_cceb, 0x5001_e420, 0x2412_6ea1])
    }

    /// One Euler–Maruyama step of dx/dt = xi with dt = 1 leaves x equal to normal draw 0 of step 0 in the generated C,
    /// and a random spike condition draws uniform draw 0.
    func testGeneratedCodeDrawsTheSameNumbersAsSwift() {
        let outputs = runModel("system R {\n var x = 0\n dx/dt = xi\n}\npopulation P = R(5)\nrun 1 dt = 1 method = euler seed = 12345\nprint P.x")
        let key = Philox.key(seed: 12345, stream: 1)
        XCTAssertEqual(printed(outputs, "P.x"), (0..<5).map { Philox.normal(key: key, step: 0, index: UInt32($0), draw: 0) })
        let spikes = runModel("neuron R {\n var x = 0\n spike rand() < 0.5\n}\npopulation P = R(400)\nrecord P.spikes\nrun 1 dt = 1 seed = 12345\nprint spikes(P)")
        let fired = (0..<400).filter { Philox.uniform(key: key, step: 0, index: UInt32($0), draw: 0) < 0.5 }
        XCTAssertEqual(spikeTimes(spikes, "P").count, fired.count)
    }

    func testUniformAndNormalMoments() {
        var random = CounterRandom(seed: 7, stream: 3)
        let n = 200_000
        var u: [Double] = [], z: [Double] = []
        for i in 0..<n {
            random.startNeuron(i)
            u.append(random.uniform())
            z.append(random.normal())
        }
        let mean = u.reduce(0, +) / Double(n), zMean = z.reduce(0, +) / Double(n)
        let zVar = z.map { ($0 - zMean) * ($0 - zMean) }.reduce(0, +) / Double(n)
        XCTAssertEqual(mean, 0.5, accuracy: 4 * (1.0 / 12 / Double(n)).squareRoot())
        XCTAssertEqual(zMean, 0, accuracy: 4 / Double(n).squareRoot())
        XCTAssertEqual(zVar, 1, accuracy: 0.02)
        XCTAssertTrue(u.allSatisfy { $0 >= 0 && $0 < 1 })
    }

    private let noisy = """
    neuron Noisy {
      param tau = 10 ms, sigma = 4 mV
      var V = -60 mV + 5 mV * randn()
      dV/dt = (-60 mV - V) / tau + sigma * sqrt(2 / tau) * xi
      spike V > -55 mV
      reset { V = -60 mV }
    }
    population P = Noisy(50)
    record P.spikes
    run 300 ms dt = 0.1 ms method = euler seed = SEED
    print spikes(P)
    print P.V
    """

    func testRunsAreBitReproducibleBySeedWhateverTheChunkSize() {
        let source = noisy.replacingOccurrences(of: "SEED", with: "42")
        let a = runModel(source, chunk: 7), b = runModel(source, chunk: 3000)
        XCTAssertEqual(printed(a, "P.V"), printed(b, "P.V"))
        XCTAssertEqual(spikeTimes(a, "P"), spikeTimes(b, "P"))
        XCTAssertGreaterThan(spikeTimes(a, "P").count, 10)
        let other = runModel(noisy.replacingOccurrences(of: "SEED", with: "43"))
        XCTAssertNotEqual(printed(a, "P.V"), printed(other, "P.V"))
    }

    func testInitialValuesUseTheSeedOfTheRun() {
        let source = "system S {\n var x = 0\n}\npopulation P = S(4)\nP.x = rand()\nrun 0 dt = 1 seed = 9\nprint P.x"
        let key = Philox.key(seed: 9, stream: 0x8000_0002)
        XCTAssertEqual(printed(runModel(source), "P.x"), (0..<4).map { Philox.uniform(key: key, step: 0, index: UInt32($0), draw: 0) })
    }
}
