import Foundation

/// Work on independent items spread over the machine's cores, results in item order (so output stays
/// deterministic). Figures only read the shared, immutable analyses, and each Cairo surface belongs to one thread.
enum ParallelMap {
    /// `transform(i)` for every index in `0..<count`, computed concurrently; `started(i)` is called, in index order and
    /// one at a time, just before item i begins (progress output).
    static func map<T>(_ count: Int, started: (Int) -> Void = { _ in }, _ transform: (Int) -> T) -> [T] {
        guard count > 1 else {
            return (0..<count).map { i in started(i); return transform(i) }
        }
        let slots = Slots<T>(count: count)
        let queue = Queue()
        withoutActuallyEscaping(started) { started in
            withoutActuallyEscaping(transform) { transform in
                // The closures outlive no call of this function; `started` runs under the queue's lock and
                // `transform` only reads what the caller shares read-only (documented above).
                nonisolated(unsafe) let started = started, transform = transform
                let workers = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount))
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    while let i = queue.next(count: count, started: started) { slots.set(i, transform(i)) }
                }
            }
        }
        return slots.values()
    }

    /// Hands out indices in order; calls `started` under the same lock so progress lines stay ordered.
    private final class Queue: @unchecked Sendable {
        private let lock = NSLock()
        private var nextIndex = 0
        func next(count: Int, started: (Int) -> Void) -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard nextIndex < count else { return nil }
            let i = nextIndex
            nextIndex += 1
            started(i)
            return i
        }
    }

    private final class Slots<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [T?]
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: T) { lock.lock(); storage[i] = value; lock.unlock() }
        func values() -> [T] { storage.map { $0! } }
    }
}
