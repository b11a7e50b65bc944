package org.outsourcingdesk.platform.messaging;

import java.util.List;
import java.util.logging.Logger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.Role;

/**
 * How a policy or a scheduled job sends a command: on behalf of the person whose decision caused it,
 * holding the role the command needs, so that the history names them and the command interceptor
 * judges them like anyone else.
 */
public final class OnBehalf {

    private static final Logger LOG = Logger.getLogger(OnBehalf.class.getName());

    private OnBehalf() {
    }

    /** Sends and waits; a rule's refusal propagates. */
    public static void send(CommandGateway commands, String username, Role role, Object command) {
        var origin = Origin.startup(new Caller(username, List.of(role.name())));
        origin.send(commands, command);
    }

    /**
     * Sends and waits; a rule's refusal (done already by a redelivery or another node, or no longer
     * applicable) is logged and answered false, changing nothing.
     */
    public static boolean sendUnlessRefused(CommandGateway commands, String username, Role role, Object command) {
        try {
            send(commands, username, role, command);
            return true;
        } catch (BusinessRuleViolation refused) {
            LOG.info(() -> command.getClass().getSimpleName() + " not sent again (" + refused.rule() + "): " + refused.getMessage());
            return false;
        }
    }
}
