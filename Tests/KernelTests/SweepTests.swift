import SomaTestSupport
import XCTest
import Kernel
@testable import Execution
@testable import Network

/// `sweep W = D(p in [...], seed in [...])`: members built side by side into one network and run as one compiled
/// program, each the same, bit for bit, as its instance run alone with its value and seed.
final class SweepTests: XCTestCase {
    /// A small E/I network with noise, Poisson input, a Poisson population and random initial values and connections:
    /// every kind of draw a member makes.
    private let definition = """
        neuron LIF {
          param taum = 20 ms, El = -60 mV, Vt = -50 mV, Vr = -60 mV, I = 20 mV
          var v = El
          input Isyn = 0 mV
          dv/dt = (Isyn - (v - El) + I) / taum + 2 mV * sqrt(2 / taum) * xi
          spike v > Vt
          reset { v = Vr }
          refractory 5 ms
        }
        synapse CondExp {
          param tau = 5 ms, E = 0 mV
          var g = 0 per post
          dg/dt = -g / tau
          on pre { g += w }
          current = g * (E - v_post)
        }
        network EI(NE = 200, NI = 50, wi = 6.7, drive = 3 Hz) {
          population E = LIF(NE)
          population I = LIF(NI)
          population S = poisson(20, rate = drive)
          E.v = -55 mV + 5 mV * randn()
          I.v = -55 mV + 5 mV * randn()
          connect E -> E, I using CondExp p = 0.05 w = 0.6 allow_self = true
          connect I -> E, I using CondExp(tau = 10 ms, E = -80 mV) p = 0.05 w = wi allow_self = true
          connect S -> E using CondExp p = 0.5 w = 0.2
          connect poisson(100, rate = drive) -> I using CondExp w = 0.1
          record E.spikes, I.spikes
        }

        """

    private let runLine = "run 100 ms dt = 0.1 ms method = euler seed = 42 jit = tcc\n"

    private func run(_ source: String) -> Interpreter {
        let interpreter = Interpreter.withPrivateCache()
        let outputs = interpreter.execute(source)
        XCTAssertNil(firstError(outputs).map { "\($0.line):\($0.column) \($0.problem)" })
        return interpreter
    }

    private func spikes(_ interpreter: Interpreter, _ population: String) -> [UInt64] {
        (interpreter.state.spikeRecords[population]?.times ?? []).map(\.bitPattern)
            + (interpreter.state.spikeRecords[population]?.indices ?? []).map { UInt64(bitPattern: Int64($0)) }
    }

    private func voltages(_ interpreter: Interpreter, _ population: String, _ variable: String = "v") -> [UInt64] {
        let buffer = interpreter.buffer(variable, of: population)!
        return (0..<buffer.count).map { buffer[$0].bitPattern }
    }

    /// Over a grid of wi × seed, member k (W1…W4, wi slowest) has the spikes and final voltages, bit for bit, of
    /// `network W = EI(wi = …)` run alone with `seed = …`; members of different seeds differ.
    func testEachMemberIsItsInstanceRunAloneWithItsValueAndSeed() throws {
        let batch = run(definition + "sweep W = EI(wi in [4, 6.7], seed in [3, 5], drive = 4 Hz)\n" + runLine)
        let grid: [(String, UInt64)] = [("4", 3), ("4", 5), ("6.7", 3), ("6.7", 5)]
        for (k, (wi, seed)) in grid.enumerated() {
            let alone = run(definition + "network W = EI(wi = \(wi), drive = 4 Hz)\n" + runLine.replacingOccurrences(of: "seed = 42", with: "seed = \(seed)"))
            for population in ["E", "I"] {
                XCTAssertGreaterThan(spikes(alone, "W.\(population)").count, 50)
                XCTAssertEqual(spikes(batch, "W\(k + 1).\(population)"), spikes(alone, "W.\(population)"), "member \(k + 1), \(population)")
                XCTAssertEqual(voltages(batch, "W\(k + 1).\(population)"), voltages(alone, "W.\(population)"), "member \(k + 1), \(population)")
            }
        }
        XCTAssertNotEqual(spikes(batch, "W1.E"), spikes(batch, "W2.E"), "seeds 3 and 5 draw differently")
    }

    /// Without `seed` swept, members draw with the run's seed; a member does not depend on how many others there are.
    func testAMemberDoesNotDependOnTheBatch() throws {
        let three = run(definition + "sweep W = EI(drive in [2 Hz, 3 Hz, 5 Hz])\n" + runLine)
        let one = run(definition + "sweep W = EI(drive in [5 Hz])\n" + runLine)
        let alone = run(definition + "network W = EI(drive = 5 Hz)\n" + runLine)
        XCTAssertEqual(spikes(three, "W3.E"), spikes(one, "W1.E"))
        XCTAssertEqual(spikes(three, "W3.E"), spikes(alone, "W.E"))
        XCTAssertEqual(spikes(three, "W3.I"), spikes(alone, "W.I"))
    }

    /// `print` over a sweep: one row per member with its swept values (in their unit), and the mean over seeds.
    func testPrintGivesARowPerMemberAndTheMeanOverSeeds() throws {
        let interpreter = run(definition + "sweep W = EI(drive in [2 Hz, 5 Hz], seed in [1, 2, 3])\n" + runLine)
        let outputs = interpreter.execute("print count(W.E), count(W.E) > count(W.I)")
        let tables = outputs.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
        XCTAssertEqual(tables.count, 2)
        XCTAssertEqual(tables[0].columns.map(\.name), ["drive", "seed", "count(W.E)", "count(W.E) > count(W.I)"])
        XCTAssertEqual(tables[0].columns[0].unit, "Hz")
        XCTAssertEqual(tables[0].rows.count, 6)
        let counts = (1...6).map { Double(spikes(interpreter, "W\($0).E").count / 2) }
        XCTAssertEqual(tables[0].rows.map { $0[2] }, counts.map(Table.Entry.number))
        XCTAssertEqual(tables[0].rows.map { $0[1] }, [1, 2, 3, 1, 2, 3].map(Table.Entry.number))
        XCTAssertEqual(tables[1].rows.map { $0[0] }, [.number(2), .number(5)])
        XCTAssertEqual(tables[1].rows[1][1], .number((counts[3] + counts[4] + counts[5]) / 3))
    }

    /// Bad sweeps are typed errors at the place written, saying what would be valid.
    func testBadSweepsAreReportedWhereWritten() throws {
        let cases: [(String, Int, String)] = [
            ("sweep W = EI(tau in [1, 2])", 14, "tau"),
            ("sweep W = EI(wi = 3, wi in [1, 2])", 22, "wi"),
            ("sweep W = EI(wi = 3)", 1, "list of values"),
            ("sweep W = EI(wi in [1, rand()])", 24, "constant"),
            ("sweep W = EI(seed in [1, 2.5])", 26, "whole number"),
            ("sweep W = EI(seed in [-1])", 23, "whole number"),
            ("sweep W = EI(drive in [1 Hz, 2 ms])", 30, "drive"),
            ("sweep W = EI(wi in [1, 2] x)", 27, ")"),
            ("sweep W = Nope(wi in [1])", 11, "Nope"),
        ]
        for (line, column, words) in cases {
            let interpreter = Interpreter.withPrivateCache()
            let outputs = interpreter.execute(definition + line + "\n")
            guard let error = firstError(outputs) else { XCTFail("no error for \(line)"); continue }
            XCTAssertEqual(error.range.start.line, definition.split(separator: "\n", omittingEmptySubsequences: false).count, line)
            XCTAssertEqual(error.range.start.column, column, line)
            let text = DiagnosticRenderer(fileName: "sweep.soma", source: definition + line).render(error)
            XCTAssertTrue(text.contains(words), "\(line): \(text)")
        }
        let taken = Interpreter.withPrivateCache()
        let outputs = taken.execute(definition + "population W1 = LIF(1)\nsweep W = EI(wi in [1, 2])\n")
        XCTAssertNotNil(firstError(outputs))
    }
}

extension SweepTests {
    /// A sweep defined again with other values (after `reset`) builds its members again: they run as the same
    /// sweep in a fresh session, bit for bit.
    /// The members run over two and three threads (each part updating a range of every member's neurons and delivering
    /// to a range of its targets) are, bit for bit, the members run on one: spikes and final voltages of every member.
    func testMembersAreTheSameOnOneTwoAndThreeThreads() throws {
        let sweep = definition + "sweep W = EI(wi in [4, 6.7], seed in [3, 5], drive = 4 Hz)\n"
        let one = run(sweep + runLine.replacingOccurrences(of: "jit = tcc", with: "jit = tcc threads = 1"))
        for threads in [2, 3] {
            let many = run(sweep + runLine.replacingOccurrences(of: "jit = tcc", with: "jit = tcc threads = \(threads)"))
            for member in 1...4 {
                for population in ["E", "I"] {
                    let name = "W\(member).\(population)"
                    XCTAssertGreaterThan(spikes(one, name).count, 50, name)
                    XCTAssertEqual(spikes(many, name), spikes(one, name), "\(name) on \(threads) threads")
                    XCTAssertEqual(voltages(many, name), voltages(one, name), "\(name) on \(threads) threads")
                }
            }
        }
    }

    func testASweepDefinedAgainStartsItsMembersAfresh() throws {
        let session = run(definition + "sweep W = EI(drive in [2 Hz, 3 Hz])\n" + runLine)
        _ = session.execute("reset")
        let outputs = session.execute("sweep W = EI(drive in [5 Hz, 3 Hz])\n" + runLine)
        XCTAssertNil(firstError(outputs).map { "\($0.line):\($0.column) \($0.problem)" })
        let fresh = run(definition + "sweep W = EI(drive in [5 Hz, 3 Hz])\n" + runLine)
        for population in ["W1.E", "W2.I"] {
            XCTAssertEqual(spikes(session, population), spikes(fresh, population), population)
        }
    }
}

/// A sweep whose members lower to the same code but for their names runs as a batch: one compiled step for every
/// member, each with its own buffers, parameters and seed; the others run side by side, and `check` says why.
extension SweepTests {
    private func layout(_ source: String) -> String {
        NetworkCheck.check(source).network.sweeps.first?.layout ?? "none"
    }

    /// Swept weights, drives (a Poisson rate's constant), sizes and seeds give one step whatever the number of members:
    /// the code a 2-member and a 6-member sweep compile is the same text.
    func testSweepsOfNumbersTheStepReadsShareOneStep() throws {
        let six = definition + "sweep W = EI(drive in [2 Hz, 5 Hz], wi in [4, 6.7, 9], seed in [1], NE = 150)\n" + runLine
        let two = definition + "sweep W = EI(drive in [3 Hz, 4 Hz], NE = 150)\n" + runLine
        let sizes = definition + "sweep W = EI(NE in [150, 200], seed in [1, 2])\n" + runLine
        XCTAssertTrue(layout(six).hasPrefix("a batch: one compiled step for its 6 members"), layout(six))
        XCTAssertTrue(layout(two).hasPrefix("a batch: one compiled step for its 2 members"), layout(two))
        XCTAssertTrue(layout(sizes).hasPrefix("a batch: one compiled step for its 4 members"), layout(sizes))
        let emitted = [six, two].map { NetworkCheck.emit($0).units[0] }
        XCTAssertEqual(emitted[0].source, emitted[1].source)
        XCTAssertTrue(emitted[0].notes.contains { $0.contains("runs as a batch") }, "\(emitted[0].notes)")
    }

    /// A swept frequency inside `sin` of a Poisson rate changes the code (a function's argument stays a literal): the
    /// members run side by side, `check` names the swept value, what it changes and the statement, and each is still its run alone.
    func testASweptValueInsideAFunctionRunsSideBySideAndSaysWhy() throws {
        let oscillating = definition + """
            network Osc(f = 5 Hz) {
              population P = LIF(40)
              connect poisson(50, rate = 20 Hz * (1 + sin(2 * pi * f * t))) -> P using CondExp w = 0.5
              record P.spikes
            }

            """
        let sweep = oscillating + "sweep W = Osc(f in [5 Hz, 40 Hz])\n" + runLine
        XCTAssertEqual(layout(sweep), "side by side, one copy of the code per member: the swept values change the compiled step: "
                       + "f = 5 Hz in W1, 40 Hz in W2 changes the rate (a constant the step holds as a literal) of the Poisson input into W.P")
        let difference = try XCTUnwrap(NetworkCheck.check(sweep).network.sweeps.first?.sideBySide)
        XCTAssertEqual(difference.swept, ["f = 5 Hz in W1, 40 Hz in W2"])
        let connect = definition.split(separator: "\n", omittingEmptySubsequences: false).count + 2
        XCTAssertEqual(difference.range.map { [$0.start.line, $0.start.column] }, [connect, 3])
        let batch = run(sweep)
        let alone = run(oscillating + "network W = Osc(f = 40 Hz)\n" + runLine)
        XCTAssertGreaterThan(spikes(alone, "W.P").count, 50)
        XCTAssertEqual(spikes(batch, "W2.P"), spikes(alone, "W.P"))
        XCTAssertEqual(voltages(batch, "W2.P"), voltages(alone, "W.P"))
    }

    /// The batch is decided from the members' plans: a swept parameter or seed batches; a swept frequency in an input's
    /// drive, or a size that changes the width of target indices, does not, and the reason names the value, the part and the line.
    func testTheDecisionNamesWhatASweptValueChanges() throws {
        let driven = """
            neuron Unit {
              param tau = 10 ms
              var v = 0
              input I = 0
              dv/dt = (I - v) / tau
              spike v > 0.5
              reset { v = 0 }
            }
            synapse Kick {
              var g = 0 per post
              dg/dt = -g / (5 ms)
              on pre { g += w }
              current = g
            }
            network D(f = 5 Hz, tau = 10 ms, n = 10) {
              population P = Unit(n, tau = tau)
              P.I = sin(2 * pi * f * t)
              connect P -> P using Kick p = 0.00002 w = 0.1
            }

            """
        let run = "run 1 ms dt = 0.1 ms method = euler jit = tcc\n"
        XCTAssertTrue(layout(driven + "sweep W = D(tau in [10 ms, 20 ms], seed in [1, 2])\n" + run).hasPrefix("a batch: one compiled step for its 4 members"))
        let frequency = NetworkCheck.check(driven + "sweep W = D(f in [5 Hz, 8 Hz])\n" + run).network.sweeps[0]
        XCTAssertEqual(frequency.sideBySide?.swept, ["f = 5 Hz in W1, 8 Hz in W2"])
        XCTAssertEqual(frequency.sideBySide?.change, "the expression driving an input of population W.P")
        XCTAssertEqual(frequency.sideBySide?.range.map { [$0.start.line, $0.start.column] }, [16, 3])
        let size = NetworkCheck.check(driven + "sweep W = D(n in [10, 70000])\n" + run).network.sweeps[0]
        XCTAssertEqual(size.sideBySide?.swept, ["n = 10 in W1, 70000 in W2"])
        XCTAssertEqual(size.sideBySide?.change, "the width of the target indices (a size: W.P has 10 neurons in W1, 70000 in W2) of the connection W.P -> W.P")
        XCTAssertEqual(size.sideBySide?.range.map { [$0.start.line, $0.start.column] }, [18, 3])
    }

    /// Runs after runs, and f32 with a swept Poisson rate (a lifted constant read as the literal was): each member is
    /// still, bit for bit, its instance run alone the same way.
    func testABatchContinuesOverRunsAndInF32() throws {
        let runs = runLine.replacingOccurrences(of: "100 ms", with: "40 ms") + runLine.replacingOccurrences(of: "100 ms", with: "60 ms")
            .replacingOccurrences(of: "jit = tcc", with: "jit = tcc threads = 2")
        let f32 = runLine.replacingOccurrences(of: "jit = tcc", with: "jit = tcc precision = f32")
        for (tail, drives) in [(runs, ["2 Hz", "5 Hz"]), (f32, ["3 Hz", "6 Hz"])] {
            let batch = run(definition + "sweep W = EI(drive in [\(drives.joined(separator: ", "))])\n" + tail)
            for (k, drive) in drives.enumerated() {
                let alone = run(definition + "network W = EI(drive = \(drive))\n" + tail)
                for population in ["E", "I"] {
                    XCTAssertGreaterThan(spikes(alone, "W.\(population)").count, 50)
                    XCTAssertEqual(spikes(batch, "W\(k + 1).\(population)"), spikes(alone, "W.\(population)"), "\(drive) \(population)")
                    XCTAssertEqual(voltages(batch, "W\(k + 1).\(population)"), voltages(alone, "W.\(population)"), "\(drive) \(population)")
                }
            }
        }
    }

    /// A Poisson rate that reads t, swept in its amplitude and its onset (a comparison's operand): its constants are
    /// parameters, so the members batch and emit the C of a single model of the family; under cc each member is, bit
    /// for bit, its instance run alone.
    func testMembersDifferingInATimedPoissonRateBatch() throws {
        let timed = definition + """
            network Timed(r = 10 Hz, onset = 20 ms) {
              population P = LIF(60)
              connect poisson(80, rate = r * (t >= onset)) -> P using CondExp w = 0.5
              record P.spikes
            }

            """
        let cc = runLine.replacingOccurrences(of: "jit = tcc", with: "jit = cc")
        let sweep = timed + "sweep W = Timed(r in [10 Hz, 30 Hz], onset in [20 ms, 50 ms])\n" + cc
        XCTAssertTrue(layout(sweep).hasPrefix("a batch: one compiled step for its 4 members"), layout(sweep))
        let single = NetworkCheck.emit(timed + "network W = Timed(r = 17 Hz, onset = 35 ms)\n" + cc).units[0].source
        XCTAssertEqual(NetworkCheck.emit(sweep).units[0].source.replacingOccurrences(of: "W1", with: "W"), single)
        let batch = run(sweep)
        for (k, (r, onset)) in [("10 Hz", "20 ms"), ("10 Hz", "50 ms"), ("30 Hz", "20 ms"), ("30 Hz", "50 ms")].enumerated() {
            let alone = run(timed + "network W = Timed(r = \(r), onset = \(onset))\n" + cc)
            XCTAssertGreaterThan(spikes(alone, "W.P").count, 20, "\(r) \(onset)")
            XCTAssertEqual(spikes(batch, "W\(k + 1).P"), spikes(alone, "W.P"), "\(r) \(onset)")
            XCTAssertEqual(voltages(batch, "W\(k + 1).P"), voltages(alone, "W.P"), "\(r) \(onset)")
        }
    }

    /// A member that goes non-finite stops alone at its step, named in the summary as its run alone names it; the
    /// others run to the end, each bit for bit its run alone.
    func testAMemberGoingNonFiniteStopsAlone() throws {
        let (definition, runLine) = (BlowingUpSweep.definition, BlowingUpSweep.runLine)
        let source = definition + BlowingUpSweep.sweep + runLine
        XCTAssertTrue(layout(source).hasPrefix("a batch"), layout(source))
        let batch = Interpreter.withPrivateCache()
        let outputs = batch.execute(source)
        XCTAssertNil(firstError(outputs).map { "\($0.line):\($0.column) \($0.problem)" })
        let summary = try XCTUnwrap(outputs.lazy.compactMap { if case .run(let s) = $0 { s } else { nil } }.first)
        let stopped = try XCTUnwrap(summary.stoppedMembers.first)
        XCTAssertEqual(summary.stoppedMembers.count, 1)
        XCTAssertEqual([stopped.member, stopped.population, stopped.variable, stopped.value, stopped.time], ["W2", "W2.P", "x", "+Inf", "0.8 ms"])
        XCTAssertEqual([stopped.step, Int64(stopped.neuron)], [8, 0])
        let text = OutputFormat.text(.run(summary), renderer: DiagnosticRenderer(fileName: "blow.soma", source: source))
        XCTAssertTrue(text.contains("member W2 stopped: W2.P.x[0] became +Inf at t = 0.8 ms (step 8)"), text)
        XCTAssertTrue(OutputFormat.json(.run(summary), cell: 1).contains(
            #""stopped_members":[{"member":"W2","step":8,"population":"W2.P","variable":"x","neuron":0,"value":"+Inf","time":"0.8 ms"}]"#))
        for (k, value) in [(1, "0.001"), (3, "0.002")] {
            let alone = run(definition + "network W = G(k = \(value))\n" + runLine)
            let x = alone.buffer("x", of: "W.P")!
            XCTAssertGreaterThan(x[0], 1.05)
            XCTAssertEqual(voltages(batch, "W\(k).P", "x"), voltages(alone, "W.P", "x"), "member \(k)")
        }
        XCTAssertEqual(batch.state.time.bitPattern, run(definition + "network W = G(k = 0.001)\n" + runLine).state.time.bitPattern)
    }

    /// With ten members or more, W1's name begins W10's: each member still reads its own buffers, W10 and W11 each
    /// bit for bit its run alone.
    func testMembersPastTheNinthReadTheirOwnBuffers() throws {
        let drives = (1...11).map { "\($0) Hz" }
        let sweep = definition + "sweep W = EI(drive in [\(drives.joined(separator: ", "))], NE = 60, NI = 15)\n" + runLine
        XCTAssertTrue(layout(sweep).hasPrefix("a batch: one compiled step for its 11 members"), layout(sweep))
        let batch = run(sweep)
        for k in [10, 11] {
            let alone = run(definition + "network W = EI(drive = \(k) Hz, NE = 60, NI = 15)\n" + runLine)
            XCTAssertGreaterThan(spikes(alone, "W.E").count, 20)
            XCTAssertEqual(spikes(batch, "W\(k).E"), spikes(alone, "W.E"), "member \(k)")
            XCTAssertEqual(voltages(batch, "W\(k).I"), voltages(alone, "W.I"), "member \(k)")
        }
    }

    /// State records in the definition (a slice and a mean), filled by each member's own step, are its run alone's.
    func testAMembersStateRecordsAreItsRunAlones() throws {
        let recording = definition.replacingOccurrences(of: "  record E.spikes, I.spikes\n",
                                                        with: "  record E.spikes, I.spikes\n  record E.v[0:3]\n  record mean(I.v)\n")
        let batch = run(recording + "sweep W = EI(drive in [2 Hz, 5 Hz], seed in [3, 4])\n" + runLine)
        XCTAssertTrue(layout(recording + "sweep W = EI(drive in [2 Hz, 5 Hz], seed in [3, 4])\n" + runLine).hasPrefix("a batch"))
        let alone = run(recording + "network W = EI(drive = 5 Hz)\n" + runLine.replacingOccurrences(of: "seed = 42", with: "seed = 4"))
        func records(_ interpreter: Interpreter, _ prefix: String) -> [[UInt64]] {
            interpreter.state.stateRecords.filter { $0.population.hasPrefix(prefix) }.map { $0.values.flatMap { $0.map(\.bitPattern) } }
        }
        XCTAssertEqual(records(alone, "W.").count, 2)
        XCTAssertEqual(records(alone, "W.").map(\.count), [3000, 1000])
        XCTAssertEqual(records(batch, "W4."), records(alone, "W."))
    }
}
