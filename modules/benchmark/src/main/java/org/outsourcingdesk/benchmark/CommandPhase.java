package org.outsourcingdesk.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * (b) The command path as the REST resource drives it: {@code sendAndWait} of an
 * OpenEngagementCommand through the platform's command bus (dispatch and handler interceptors,
 * correlation data), the Engagement aggregate's rules, and the JPA event store's append with its
 * sequence-drawn global index, all in one transaction per command. Each command opens a new
 * engagement, so no two commands contend for one aggregate.
 */
final class CommandPhase {

    private final DeskAxon axon;
    private final BenchmarkSettings settings;
    private final SampleEngagements samples;

    CommandPhase(DeskAxon axon, BenchmarkSettings settings, SampleEngagements samples) {
        this.axon = axon;
        this.settings = settings;
        this.samples = samples;
    }

    List<LoadResult> run() throws InterruptedException {
        var gateway = axon.commandGateway();
        ClosedLoopLoad.ClientFactory sender = index -> () -> gateway.sendAndWait(samples.openCommand());
        ClosedLoopLoad.warmUp(settings.targetClients(), settings.phaseWarmup(), sender);
        var results = new ArrayList<LoadResult>();
        for (int clients : settings.clients()) {
            results.add(ClosedLoopLoad.run(clients, settings.warmup(), settings.measurement(), sender));
        }
        return results;
    }
}
