package org.outsourcingdesk.platform.axon;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Read-your-own-writes over tracking processors: after a command, wait until a read model shows its
 * effect. Projections run on their own threads, usually a few milliseconds behind; this waits at
 * most the given time and then answers empty rather than failing the command that already succeeded.
 */
public final class ReadModels {

    private ReadModels() {
    }

    public static <T> Optional<T> await(Supplier<Optional<T>> read, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        long pauseMillis = 2;
        while (true) {
            Optional<T> value = read.get();
            if (value.isPresent() || System.nanoTime() > deadline) {
                return value;
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            pauseMillis = Math.min(pauseMillis * 2, 50);
        }
    }
}
