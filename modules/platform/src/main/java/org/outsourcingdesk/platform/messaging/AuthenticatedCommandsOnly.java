package org.outsourcingdesk.platform.messaging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The last guard before an aggregate: a command whose metadata names no user is refused, whoever
 * dispatched it and however. The dispatch interceptor normally refuses it earlier.
 */
public class AuthenticatedCommandsOnly implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        var command = unitOfWork.getMessage();
        Object actor = command.getMetaData().get(AuditMetadata.ACTOR);
        if (!(actor instanceof String name) || name.isBlank()) {
            throw new UnauthenticatedCommandException(command.getCommandName());
        }
        return chain.proceed();
    }
}
