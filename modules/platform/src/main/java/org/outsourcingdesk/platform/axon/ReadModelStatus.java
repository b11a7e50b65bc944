package org.outsourcingdesk.platform.axon;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;

/**
 * How far each tracking processor has got: running or not, in error (retrying) or not, its position
 * against the head of the event store. What an operator looks at first when a page seems behind.
 */
@ApplicationScoped
public class ReadModelStatus {

    @Inject
    AxonBootstrap axon;
    @Resource(lookup = "java:app/jdbc/desk")
    DataSource dataSource;

    /** One processor now. {@code position} is the lowest of its segments; {@code error} names the failure it retries. */
    public record Processor(String name, String kind, List<String> tables, boolean running, boolean inError,
                            String error, long position, long head, boolean caughtUp, boolean replaying) {

        /** Events stored that the processor has not handled yet. */
        public long behind() {
            return Math.max(0, head - position);
        }
    }

    public List<Processor> processors() {
        long head = headIndex();
        var tables = axon.readModels();
        var policies = axon.policies();
        var result = new ArrayList<Processor>();
        axon.trackingProcessors().forEach((name, processor) -> {
            var segments = processor.processingStatus().values();
            long position = Math.max(position(processor), 0);
            String error = segments.stream().filter(EventTrackerStatus::isErrorState).map(EventTrackerStatus::getError)
                    .filter(java.util.Objects::nonNull).map(ReadModelStatus::describe).findFirst().orElse(null);
            result.add(new Processor(name, policies.contains(name) ? "policy" : "read model", tables.getOrDefault(name, List.of()),
                    processor.isRunning(), processor.isError() || error != null, error, position, head,
                    !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp),
                    segments.stream().anyMatch(EventTrackerStatus::isReplaying)));
        });
        return result;
    }

    /**
     * Read-your-writes for a page: waits, at most {@code atMost}, until the processor has handled every
     * event stored before this call. True when it has; false when it is still behind (the page then
     * shows what there is) or there is no such processor.
     */
    public boolean awaitCaughtUp(String processorName, Duration atMost) {
        var processor = axon.trackingProcessors().get(processorName);
        if (processor == null) {
            return false;
        }
        long head = headIndex();
        return ReadModels.await(() -> caughtUp(processor, head) ? Optional.of(true) : Optional.<Boolean>empty(), atMost).isPresent();
    }

    /** The lowest position of the processor's segments; -1 while it has no segment or a segment has handled nothing. */
    static long position(TrackingEventProcessor processor) {
        return processor.processingStatus().values().stream().mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }

    /** The processor runs segments and has handled every event up to {@code head} (an empty store: nothing to handle). */
    static boolean caughtUp(TrackingEventProcessor processor, long head) {
        return !processor.processingStatus().isEmpty() && (head <= 0 || position(processor) >= head);
    }

    /** The global index of the newest stored event; 0 for an empty store. */
    public long headIndex() {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("select max(globalIndex) from DomainEventEntry");
             var rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the head of the event store", e);
        }
    }

    private static String describe(Throwable error) {
        var text = new StringBuilder(error.getClass().getSimpleName() + ": " + error.getMessage());
        Throwable cause = error.getCause();
        for (int depth = 0; cause != null && cause != error && depth < 5; depth++, cause = cause.getCause()) {
            text.append(" / caused by ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
