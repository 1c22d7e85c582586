import XCTest
import Kernel

/// The library's channel table (its text parsed) is asked for only when a neuron uses a channel the session
/// does not define: composing a neuron without `use`, as every network of COBA's kind has, never builds it.
final class ChannelTableOnDemandTests: XCTestCase {
    /// Counts how often a composer asked for the library's table.
    private final class Asks { var count = 0 }

    private func composer(_ asks: Asks, session: [String: ChannelDeclaration] = [:]) -> ChannelComposer {
        ChannelComposer(session: session, library: { asks.count += 1; return ChannelLibrary.channels })
    }

    private func statements(_ text: String) throws -> (models: [ModelDeclaration], channels: [String: ChannelDeclaration]) {
        var models: [ModelDeclaration] = [], channels: [String: ChannelDeclaration] = [:]
        for statement in try Parser.parse(text) {
            if case .model(let model) = statement { models.append(model) }
            if case .channel(let channel) = statement { channels[channel.name] = channel }
        }
        return (models, channels)
    }

    func testANeuronWithoutChannelsNeverAsksForTheLibrary() throws {
        let lif = try XCTUnwrap(statements("""
            neuron LIF {
              param taum = 20 ms, El = -60 mV, Vt = -50 mV, Vr = -60 mV, I = 20 mV
              var v = El
              input Isyn = 0 mV
              dv/dt = (Isyn - (v - El) + I) / taum
              spike v > Vt
              reset { v = Vr }
              refractory 5 ms
            }
            """).models.first)
        let asks = Asks()
        XCTAssertEqual(try composer(asks).compose(lif), lif)
        XCTAssertEqual(asks.count, 0)
    }

    func testASessionChannelIsComposedWithoutTheLibrary() throws {
        let (models, channels) = try statements("""
            channel Leak {
              param g_max = 1 mS/cm^2, E = -60 mV
              current = g_max*(V - E)
            }
            neuron Passive {
              var V = 0 mV
              use Leak(E = -50 mV)
              dV/dt = -I_channels / (1 uF/cm^2)
            }
            """)
        let asks = Asks()
        let composed = try composer(asks, session: channels).compose(try XCTUnwrap(models.first))
        XCTAssertEqual(asks.count, 0)
        XCTAssertTrue(composed.items.contains { if case .intermediate(let b) = $0 { b.name == "Leak" } else { false } }, "\(composed.items)")
    }

    func testALibraryChannelAsksForTheTable() throws {
        let neuron = try XCTUnwrap(statements("""
            neuron Axon {
              var V = -65 mV
              use INa_HH1952, IK_HH1952, IL
              dV/dt = -I_channels / (1 uF/cm^2)
            }
            """).models.first)
        let asks = Asks()
        let composed = try composer(asks).compose(neuron)
        XCTAssertGreaterThan(asks.count, 0)
        XCTAssertEqual(composed, try ChannelLibrary.composer().compose(neuron))
        XCTAssertTrue(composed.items.contains { if case .variables(let list) = $0 { list.contains { $0.name == "INa_HH1952_m" } } else { false } })
    }

    func testAnUnknownChannelNamesTheSessionsAndTheLibrarys() throws {
        let (models, channels) = try statements("""
            channel Leak {
              param g_max = 1 mS/cm^2, E = -60 mV
              current = g_max*(V - E)
            }
            neuron N {
              var V = 0 mV
              use INa_XX
              dV/dt = -I_channels / (1 uF/cm^2)
            }
            """)
        XCTAssertThrowsError(try composer(Asks(), session: channels).compose(try XCTUnwrap(models.first))) { error in
            guard let diagnostic = error as? Diagnostic else { return XCTFail("\(error)") }
            XCTAssertEqual(diagnostic.problem, .unknown(kind: "channel", name: "INa_XX"))
            XCTAssertTrue(diagnostic.hint?.contains("IL, INa_Ba2002") == true && diagnostic.hint?.contains("Leak") == true, diagnostic.hint ?? "")
        }
    }
}
