import Foundation

/// Runs `body(0)`, …, `body(count − 1)` on `count` threads of their own, all released together, and returns
/// when every one has finished. Unlike `DispatchQueue.concurrentPerform` or a task group (both limited to
/// about one thread per core), every call really runs at the same time as the others.
public func onSeparateThreads(count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let start = DispatchSemaphore(value: 0)
    let done = DispatchGroup()
    for i in 0..<count {
        done.enter()
        let thread = Thread {
            start.wait()
            body(i)
            done.leave()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
    for _ in 0..<count { start.signal() }
    done.wait()
}

/// Fixed slots that threads fill concurrently (each slot by one thread), read after they have finished.
public final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value?]

    public init(count: Int) { values = Array(repeating: nil, count: count) }

    public subscript(index: Int) -> Value? {
        get { lock.withLock { values[index] } }
        set { lock.withLock { values[index] = newValue } }
    }
}
