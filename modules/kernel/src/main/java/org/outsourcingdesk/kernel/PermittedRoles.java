package org.outsourcingdesk.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may send a command: the roles, any one of which the acting user must hold. Every command
 * declares it; the command bus refuses a command that does not, or whose sender holds none of them,
 * whichever page, endpoint or policy sent it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PermittedRoles {

    Role[] value();
}
