import Language
import Model

/// `fi LIF I in [0 nA, 1 nA] n = 50 for 1 s`: the network an f–I curve runs, apart from the session's.
extension NetworkBuilder {
    /// The population that holds the curve's neurons.
    public static let fiPopulation = "fi"

    /// A network with the session's definitions and one population of `n` neurons of the request's model,
    /// neuron k driven by low + k·(high − low)/(n − 1), its spikes recorded.
    public static func fiNetwork(_ request: FICurveRequest, definitions session: Network, count n: Int) throws -> Network {
        var network = Network()
        (network.models, network.synapses, network.channels, network.definitions) = (session.models, session.synapses, session.channels, session.definitions)
        var builder = NetworkBuilder(network, time: 0)
        for statement in request.statements(population: fiPopulation, count: n) { try builder.apply(statement) }
        return builder.network
    }
}
