import Foundation

/// Parts of one piece of work run at once: part 0 on the calling thread, each other part on a thread of its own.
/// Threads are started with pthread_create, which says when it cannot start one (no memory for its stack, as under
/// an address-space limit), and such a part then runs on the calling thread after part 0: the work is the same.
enum PartThreads {
    private final class Part {
        let body: @Sendable (Int) -> Void
        let index: Int

        init(_ body: @escaping @Sendable (Int) -> Void, _ index: Int) {
            self.body = body
            self.index = index
        }
    }

    static func run(_ parts: Int, _ body: @escaping @Sendable (Int) -> Void) {
        var started: [pthread_t] = [], left: [Int] = []
        for index in 1..<max(parts, 1) {
            let context = Unmanaged.passRetained(Part(body, index)).toOpaque()
            var thread = pthread_t()
            let status = pthread_create(&thread, nil, { raw in
                let part = Unmanaged<Part>.fromOpaque(raw!).takeRetainedValue()
                part.body(part.index)
                return nil
            }, context)
            if status == 0 {
                started.append(thread)
            } else {
                Unmanaged<Part>.fromOpaque(context).release()
                left.append(index)
            }
        }
        body(0)
        left.forEach(body)
        for thread in started { pthread_join(thread, nil) }
    }
}
