package org.outsourcingdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fourFailuresAreFreeTheFifthLocksForThirtySecondsThenLongerEachTime() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
            throttle.failed("paula");
        }
        assertThat(throttle.lockedFor("paula")).isEmpty();
        throttle.failed("paula");
        assertThat(throttle.lockedFor("paula")).contains(Duration.ofSeconds(30));
        now = now.plusSeconds(30);
        assertThat(throttle.lockedFor("paula")).isEmpty();
        throttle.failed("paula");
        assertThat(throttle.lockedFor("PAULA ")).as("user names are matched as typed loosely").contains(Duration.ofSeconds(60));
    }

    @Test
    void theLockNeverExceedsFifteenMinutesAndASuccessClearsIt() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("marc");
        }
        assertThat(throttle.lockedFor("marc")).contains(Duration.ofMinutes(15));
        throttle.succeeded("marc");
        assertThat(throttle.lockedFor("marc")).isEmpty();
    }

    @Test
    void oneUsersFailuresDoNotLockAnother() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("mallory");
        }
        assertThat(throttle.lockedFor("paula")).isEmpty();
    }
}
