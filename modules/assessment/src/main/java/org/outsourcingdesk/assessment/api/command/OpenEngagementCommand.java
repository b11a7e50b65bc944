package org.outsourcingdesk.assessment.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/**
 * Open a new engagement: one company's decision about outsourcing (part of) its customer service,
 * carried from assessment to exit.
 *
 * @param reference the human reference, such as {@code ENG-2026-0001}, allocated before sending
 * @param openedBy  the user name of the procurement analyst who opens it
 */
@PermittedRoles(Role.PROCUREMENT)
public record OpenEngagementCommand(@TargetAggregateIdentifier EngagementId engagementId, String reference,
                                    String name, String businessUnit, String currency, String openedBy) {
}
