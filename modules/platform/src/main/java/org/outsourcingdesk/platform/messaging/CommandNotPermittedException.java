package org.outsourcingdesk.platform.messaging;

/** The acting user holds none of the roles the command permits; nothing was changed. */
public class CommandNotPermittedException extends RuntimeException {

    public CommandNotPermittedException(String message) {
        super(message);
    }
}
