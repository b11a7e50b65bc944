package org.outsourcingdesk.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing per user name: after {@value #FREE_ATTEMPTS} failures in a row, each
 * further attempt must wait, twice as long after every failure (30 s, 1 min, 2 min, ... up to 15
 * min). A success clears the count. While a user name is locked its password is not even checked,
 * which also spares the CPU the hashing. Counts are kept per node.
 */
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the user name must still wait, or empty when it may try now. */
    public Optional<Duration> lockedFor(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.lockedUntil == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil);
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public void failed(String username) {
        failures.compute(key(username), (k, f) -> {
            int count = f == null ? 1 : f.count + 1;
            Instant lockedUntil = null;
            if (count >= FREE_ATTEMPTS) {
                long factor = 1L << Math.min(count - FREE_ATTEMPTS, 20);
                Duration lock = FIRST_LOCK.multipliedBy(factor);
                lockedUntil = clock.instant().plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            }
            return new Failures(count, lockedUntil);
        });
        if (failures.size() > 100_000) {
            // a flood of invented user names must not exhaust memory
            failures.entrySet().removeIf(e -> e.getValue().lockedUntil == null);
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
