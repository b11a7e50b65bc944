package org.outsourcingdesk.platform.messaging;

import org.axonframework.messaging.MetaData;

/**
 * Who a command comes from. In a request it is the logged-in user, and the platform stamps the
 * metadata from the security context; at start-up (demo data) nobody is logged in, so the metadata
 * names the user it is done as, like any other. Only these two ways exist: no caller can hand in
 * metadata of its own.
 */
public final class Origin {

    private final String username;
    private final MetaData metadata;

    private Origin(String username, MetaData metadata) {
        this.username = username;
        this.metadata = metadata;
    }

    public static Origin request(String username) {
        return new Origin(username, MetaData.emptyInstance());
    }

    public static Origin startup(Caller caller) {
        return new Origin(caller.username(),
                MetaData.with(AuditMetadata.ACTOR, caller.username()).and(AuditMetadata.ROLES, caller.roles()));
    }

    public String username() {
        return username;
    }

    /** Sends a command as this origin and waits for it to be handled; a refusal propagates. */
    public void send(org.axonframework.commandhandling.gateway.CommandGateway commands, Object command) {
        commands.sendAndWait(org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(command).withMetaData(metadata));
    }

    /** The metadata to send a command with: empty in a request (the platform stamps it), the start-up user's otherwise. */
    public MetaData metadata() {
        return metadata;
    }
}
