package org.outsourcingdesk.platform.messaging;

import java.util.Optional;

/** Who is acting on the current thread, if anyone is authenticated. */
@FunctionalInterface
public interface CallerProvider {

    Optional<Caller> currentCaller();
}
