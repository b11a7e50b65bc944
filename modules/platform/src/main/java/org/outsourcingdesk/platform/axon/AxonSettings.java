package org.outsourcingdesk.platform.axon;

import java.time.Duration;

/**
 * Tuning that differs between a laptop, a cluster node and a benchmark.
 *
 * @param processorBatchSize events a tracking processor handles per transaction; Axon's default of
 *                           1 makes replays crawl
 * @param storageBatchSize   events the JPA storage engine reads per query
 * @param gapTimeout         how long a hole in the global index may stay open before it is given up
 * @param tokenClaimTimeout  how long a node may hold a processor segment without renewing its claim
 * @param nodeId             this node's name in token claims
 */
public record AxonSettings(int processorBatchSize, int storageBatchSize, Duration gapTimeout,
                           Duration tokenClaimTimeout, String nodeId) {

    public static AxonSettings defaults(String nodeId) {
        return new AxonSettings(200, 500, Duration.ofSeconds(60), Duration.ofSeconds(10), nodeId);
    }

    public AxonSettings withProcessorBatchSize(int batchSize) {
        return new AxonSettings(batchSize, storageBatchSize, gapTimeout, tokenClaimTimeout, nodeId);
    }
}
