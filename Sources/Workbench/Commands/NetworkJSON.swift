import Foundation
import Kernel

/// A checked network as one JSON line: `{"kind":"network","network":{...}}`, keys sorted.
enum NetworkJSON {
    static func line(_ network: NetworkDescription) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(network)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
        return "{\"kind\":\"network\",\"network\":\(body)}"
    }
}
