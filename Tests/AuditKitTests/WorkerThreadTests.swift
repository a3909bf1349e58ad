import Foundation
import Testing
@testable import AuditKit

/// A batch's chunks are all audited from one thread of its own, while the caller goes on.
@Suite struct WorkerThreadTests {
    @Test func everyPairRunsItsSecondHalfOnTheSameOtherThread() {
        let worker = WorkerThread()
        defer { worker.stop() }
        let caller = pthread_self()
        var threads: Set<UInt> = []
        for round in 0..<5 {
            let (here, there) = worker.pair({ round * 10 }, { (round, UInt(pthread_self())) })
            #expect(here == round * 10)
            #expect(there.0 == round)
            threads.insert(there.1)
        }
        #expect(threads.count == 1, "one thread for every round")
        #expect(threads.first != UInt(caller), "not the caller's")
    }
}
