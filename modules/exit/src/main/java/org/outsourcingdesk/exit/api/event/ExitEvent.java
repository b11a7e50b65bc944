package org.outsourcingdesk.exit.api.event;

import org.outsourcingdesk.kernel.EngagementEvent;

/** An event of one contract's exit case, which it names. */
public interface ExitEvent extends EngagementEvent {

    String exitId();
}
