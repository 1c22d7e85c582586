import Foundation
import Synchronization

private let interruptRaised = Atomic<Bool>(false)

/// Ctrl-C for `soma run`: the first stops the run or training under way at its next chunk or batch, as the
/// notebook's interrupt does (a training keeps its weights and says where it stopped); a second ends soma at once.
enum HeadlessInterrupt {
    static func install() {
        signal(SIGINT) { _ in
            interruptRaised.store(true, ordering: .relaxed)
            signal(SIGINT, SIG_DFL)
        }
    }

    static var raised: Bool { interruptRaised.load(ordering: .relaxed) }
}
