import Dispatch
import Foundation

extension RecursiveLeastSquares {
    /// A thread that runs the second half of each split pass for as long as a run updates: woken and awaited through
    /// two semaphores, so an update allocates nothing (`DispatchQueue.concurrentPerform` allocates its apply context at
    /// every call). The halves and their order of operations are those of `threads = 2`, so the bits are the same.
    /// `finish()` ends the thread; the run that starts one finishes it.
    public final class Partner: @unchecked Sendable {
        private let start = DispatchSemaphore(value: 0)
        private let done = DispatchSemaphore(value: 0)
        /// The pass the thread runs next; nil ends it. Written before `start` is signalled, read after it is waited on.
        private var job: Halves?

        public init() {
            Thread { [self] in
                while true {
                    start.wait()
                    guard let job else { return }
                    job.run(1)
                    done.signal()
                }
            }.start()
        }

        /// Both halves of a pass: the second on the partner's thread, the first on the caller's; returns when both are done.
        func run(_ halves: Halves) {
            job = halves
            start.signal()
            halves.run(0)
            done.wait()
        }

        public func finish() {
            job = nil
            start.signal()
        }
    }

    /// The buffers a pass's two halves share: the halves write disjoint rows of P, and each its own part of h.
    struct Halves: @unchecked Sendable {
        let p: UnsafeMutablePointer<Double>
        let g: UnsafePointer<Double>
        let x: UnsafePointer<Double>
        let h: UnsafeMutablePointer<Double>
        let second: UnsafeMutablePointer<Double>
        let size: Int
        let split: Int
        let scale: Double

        /// Half k of the pass: rows before `split` into h, those from it into `second`.
        func run(_ k: Int) {
            let (rows, into) = k == 0 ? (0..<split, h) : (split..<size, second)
            RecursiveLeastSquares.downdateAndMultiply(p, size: size, rows: rows, scale: scale, gain: g, x: x, into: into)
        }
    }
}
