import Language
import Model

/// The ion channels shipped with Soma, written in Soma's own language and usable by name in
/// `use` without a definition; a user's `channel` of the same name wins. Sodium, potassium and
/// leak channels carry their reversal potential as a parameter `E`; calcium channels read the
/// neuron's `E_Ca` (a fixed parameter, or Nernst's from its calcium pool) and IAHP its `Ca`.
public enum ChannelLibrary {
    /// The library's text, one group of channels per file.
    static let sources = [sodium, potassium, calcium, pools, mixed]

    /// Every library channel, parsed once on first use.
    public static let channels: [String: ChannelDeclaration] = {
        var channels: [String: ChannelDeclaration] = [:]
        for source in sources {
            // The library is fixed text that the tests parse, so a failure here is a bug in Soma itself.
            for case .channel(let declaration) in try! Parser.parse(source) {
                channels[declaration.name] = declaration
            }
        }
        return channels
    }()

    public static var names: [String] { channels.keys.sorted() }

    /// The composer of a session whose own channels are `session`: they take the library's place.
    /// The library's table is built when a neuron first uses a channel the session lacks, not before.
    package static func composer(with session: [String: ChannelDeclaration] = [:]) -> ChannelComposer {
        ChannelComposer(session: session, library: { channels })
    }
}
