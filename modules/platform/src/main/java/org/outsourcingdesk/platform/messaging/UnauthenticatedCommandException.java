package org.outsourcingdesk.platform.messaging;

/** A command was sent with no authenticated user behind it; it never reaches an aggregate. */
public class UnauthenticatedCommandException extends RuntimeException {

    public UnauthenticatedCommandException(String commandName) {
        super("Command " + commandName + " has no authenticated user and was refused.");
    }
}
