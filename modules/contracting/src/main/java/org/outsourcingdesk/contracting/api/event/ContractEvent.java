package org.outsourcingdesk.contracting.api.event;

import org.outsourcingdesk.kernel.EngagementEvent;

/** An event of one contract, which it names. */
public interface ContractEvent extends EngagementEvent {

    String contractId();
}
