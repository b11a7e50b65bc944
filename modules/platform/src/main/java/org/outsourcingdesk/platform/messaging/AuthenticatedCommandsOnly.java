package org.outsourcingdesk.platform.messaging;

import java.util.Arrays;
import java.util.Collection;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.outsourcingdesk.kernel.PermittedRoles;
import org.outsourcingdesk.kernel.Role;

/**
 * The last guard before an aggregate, whoever dispatched the command and however: a command whose
 * metadata names no user is refused, and so is one whose user holds none of the roles the command
 * declares with {@link PermittedRoles} (a command that declares none is refused too, so that
 * forgetting the declaration cannot open a door). Pages and endpoints check roles as well; this is
 * the check that no new path can miss.
 */
public class AuthenticatedCommandsOnly implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        var command = unitOfWork.getMessage();
        Object actor = command.getMetaData().get(AuditMetadata.ACTOR);
        if (!(actor instanceof String name) || name.isBlank()) {
            throw new UnauthenticatedCommandException(command.getCommandName());
        }
        PermittedRoles permitted = command.getPayloadType().getAnnotation(PermittedRoles.class);
        if (permitted == null) {
            throw new CommandNotPermittedException("Command " + command.getCommandName()
                    + " declares no permitted roles and is refused.");
        }
        Object roles = command.getMetaData().get(AuditMetadata.ROLES);
        boolean allowed = roles instanceof Collection<?> held
                && Arrays.stream(permitted.value()).map(Role::name).anyMatch(held::contains);
        if (!allowed) {
            throw new CommandNotPermittedException("Your role may not do this: "
                    + command.getPayloadType().getSimpleName() + " needs one of "
                    + Arrays.toString(permitted.value()) + ".");
        }
        return chain.proceed();
    }
}
