package org.outsourcingdesk.sourcing.leak;

import org.axonframework.eventhandling.EventHandler;

/** Deliberately wrong (test fixture): a policy whose handler would send its command again when its processor replays. */
public class WhenLeakedThenActAgainOnReplay {

    @EventHandler
    void on(String event) {
        // a policy would send a command here
    }
}
