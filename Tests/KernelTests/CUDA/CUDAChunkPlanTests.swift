import XCTest
import Kernel
@testable import Runtime

/// The host side of the CUDA path, without a GPU: grids, flag regions, read-only buffers, batch lengths.
final class CUDAChunkPlanTests: XCTestCase {
    /// COBA's step as CUDACodegen orders it: deliveries, updates, spike listing, filing of spikes.
    private let coba = CUDAUnit(source: "", slots: [], parameters: [], origins: [:], step: [
        CUDALaunch(kernel: "soma_deliver_c0", threads: .single),
        CUDALaunch(kernel: "soma_step_p0", threads: .perNeuron(population: 0)),
        CUDALaunch(kernel: "soma_step_p1", threads: .perNeuron(population: 1)),
        CUDALaunch(kernel: "soma_after_p0", threads: .block(population: 0)),
        CUDALaunch(kernel: "soma_after_p1", threads: .block(population: 1)),
        CUDALaunch(kernel: "soma_enqueue_c0", threads: .single),
    ])

    func testOneThreadPerNeuronInBlocksOf256AndARegionOfFlagsPerPopulation() {
        let plan = CUDAChunkPlan(unit: coba, sizes: [3200, 800])
        XCTAssertEqual(plan.flagBytes, 4000)
        XCTAssertEqual(plan.launches.map { $0.kernel }, coba.step.map { $0.kernel })
        XCTAssertEqual(plan.launches.map { $0.blocks }, [1, 13, 4, 1, 1, 1])
        XCTAssertEqual(plan.launches.map { $0.threads }, [1, 256, 256, 256, 256, 1])
        XCTAssertEqual(plan.launches.map { $0.flagOffset }, [0, 0, 3200, 0, 3200, 0])
    }

    func testAPopulationWithoutNeuronsLaunchesNothing() {
        let plan = CUDAChunkPlan(unit: coba, sizes: [257, 0])
        XCTAssertEqual(plan.launches.map { $0.kernel }, ["soma_deliver_c0", "soma_step_p0", "soma_after_p0", "soma_enqueue_c0"])
        XCTAssertEqual(plan.launches[1].blocks, 2)
        XCTAssertEqual(plan.flagBytes, 257)
    }

    func testOnlyConnectivityIsCopiedOnce() {
        XCTAssertTrue(CUDAChunkPlan.isReadOnly(.projection(0, .rows)))
        XCTAssertTrue(CUDAChunkPlan.isReadOnly(.projection(3, .incomingPositions)))
        XCTAssertFalse(CUDAChunkPlan.isReadOnly(.projection(0, .weights)), "on pre may change w")
        XCTAssertFalse(CUDAChunkPlan.isReadOnly(.projection(0, .ring)))
        XCTAssertFalse(CUDAChunkPlan.isReadOnly(.state(population: 0, variable: "v")))
    }

    /// A batch never outgrows a monitor: 8192 spike entries hold 2 steps of 4000 neurons all firing.
    func testBatchesFitTheMonitors() {
        XCTAssertEqual(CUDAChunkPlan.batchSteps(requested: 1000, spikeCapacity: 8192, recordedSizes: [3200, 4000], records: []), 2)
        XCTAssertEqual(CUDAChunkPlan.batchSteps(requested: 1000, spikeCapacity: 1 << 24, recordedSizes: [4000], records: [(rows: 50, every: 10)]), 500)
        XCTAssertEqual(CUDAChunkPlan.batchSteps(requested: 1000, spikeCapacity: 10, recordedSizes: [4000], records: []), 1)
        XCTAssertEqual(CUDAChunkPlan.batchSteps(requested: 1000, spikeCapacity: 10, recordedSizes: [], records: []), 1000)
    }

    /// A GPU batch's spike buffers hold a whole chunk of steps up to 16 Mi entries, and never fewer than two steps' worth.
    func testSpikeBuffersAreSizedForTheBatch() {
        XCTAssertEqual(CUDAChunkPlan.spikeSteps(requested: 2000, largest: 4000), 2000)
        XCTAssertEqual(CUDAChunkPlan.spikeSteps(requested: 2000, largest: 1_000_000), 16)
        XCTAssertEqual(CUDAChunkPlan.spikeSteps(requested: 2000, largest: 100_000_000), 2)
        XCTAssertEqual(CUDAChunkPlan.batchSteps(requested: 2000, spikeCapacity: 16 * 1_000_000, recordedSizes: [1_000_000, 250_000], records: []), 16)
    }

    /// Between batches only spike totals and sample counts go out, and spikes, samples, counts and the
    /// error record come back; state and connectivity stay on the device.
    func testOnlyWhatTheHostResetsAndReadsCrossesEachBatch() {
        XCTAssertTrue(CUDAChunkPlan.isResetEachBatch(.spikeTotal(population: 0)))
        XCTAssertFalse(CUDAChunkPlan.isResetEachBatch(.spikeIndex(population: 0)))
        XCTAssertTrue(CUDAChunkPlan.isReadEachBatch(.spikeIndex(population: 0)))
        XCTAssertTrue(CUDAChunkPlan.isReadEachBatch(.recordRows(0)))
        XCTAssertTrue(CUDAChunkPlan.isReadEachBatch(.error))
        for slot: Slot in [.state(population: 0, variable: "v"), .projection(0, .ring), .parameters] {
            XCTAssertFalse(CUDAChunkPlan.isResetEachBatch(slot) || CUDAChunkPlan.isReadEachBatch(slot), "\(slot)")
        }
    }
}
