package org.outsourcingdesk.platform.web.rest;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.platform.messaging.CommandNotPermittedException;
import org.outsourcingdesk.platform.messaging.UnauthenticatedCommandException;
import org.outsourcingdesk.platform.web.Problem;
import org.outsourcingdesk.platform.web.Problem.FieldViolation;

/**
 * Turns every failure of the REST API into problem+json with the right status: invalid input 400,
 * not authenticated 401, not allowed 403, unknown 404, a conflicting change 409, a broken business
 * rule 422. Anything unexpected is logged and answered with a plain 500 that reveals nothing.
 */
public final class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class.getName());

    private ProblemExceptionMappers() {
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<FieldViolation> violations = e.getConstraintViolations().stream()
                    .map(v -> new FieldViolation(fieldOf(v.getPropertyPath()), ruleOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::rule))
                    .toList();
            String detail = violations.stream().map(v -> v.field() + ": " + v.message())
                    .reduce((a, b) -> a + "; " + b).orElse("The request is not valid.");
            return respond(new Problem("about:blank", "Invalid input", 400, detail, null, violations));
        }

        private static String ruleOf(ConstraintViolation<?> violation) {
            return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        }

        /** The name the client used: the last node of the path (method and argument nodes say nothing to a client). */
        private static String fieldOf(Path path) {
            String field = "";
            for (Path.Node node : path) {
                if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                        || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                    field = node.getName();
                }
            }
            return field.startsWith("arg") ? "body" : field;
        }
    }

    @Provider
    public static class RuleBroken implements ExceptionMapper<BusinessRuleViolation> {
        @Override
        public Response toResponse(BusinessRuleViolation e) {
            var violations = List.of(new FieldViolation(e.field() == null ? "" : e.field(), e.rule(), e.getMessage()));
            int status = switch (e.kind()) {
                case INVALID -> 422;
                case CONFLICT -> 409;
                case FORBIDDEN -> 403;
            };
            return respond(new Problem("about:blank", "Business rule violated", status, e.getMessage(), null, violations));
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConcurrencyException> {
        @Override
        public Response toResponse(ConcurrencyException e) {
            return respond(Problem.of(409, "Conflicting change",
                    "Someone else changed this at the same moment. Reload and try again."));
        }
    }

    @Provider
    public static class AlreadyExists implements ExceptionMapper<AggregateStreamCreationException> {
        @Override
        public Response toResponse(AggregateStreamCreationException e) {
            return respond(Problem.of(409, "Conflicting change", "This was already created. Reload and try again."));
        }
    }

    @Provider
    public static class UnknownAggregate implements ExceptionMapper<AggregateNotFoundException> {
        @Override
        public Response toResponse(AggregateNotFoundException e) {
            return respond(Problem.of(404, "Not found", "There is no such engagement."));
        }
    }

    @Provider
    public static class Unauthenticated implements ExceptionMapper<UnauthenticatedCommandException> {
        @Override
        public Response toResponse(UnauthenticatedCommandException e) {
            return respond(Problem.of(401, "Not authenticated", e.getMessage()));
        }
    }

    /** A body that is not JSON, or JSON of the wrong types; names the field when the parser did. */
    static Response malformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            var property = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (property.find()) {
                String field = property.group(1);
                return respond(new Problem("about:blank", "Malformed JSON", 400,
                        field + ": not a value of the expected type", null,
                        List.of(new FieldViolation(field, "Type", "not a value of the expected type"))));
            }
        }
        return respond(Problem.of(400, "Malformed JSON", "The request body is not valid JSON of the expected shape."));
    }

    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile("property '?([A-Za-z_][A-Za-z0-9_]*)'?");

    @Provider
    public static class NotPermitted implements ExceptionMapper<CommandNotPermittedException> {
        @Override
        public Response toResponse(CommandNotPermittedException e) {
            return respond(Problem.of(403, "Forbidden", e.getMessage()));
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformed(e);
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return malformed(e);
        }
    }

    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e instanceof ForbiddenException) {
                return respond(Problem.of(403, "Forbidden", "Your role may not do this."));
            }
            if (e instanceof NotAuthorizedException) {
                return respond(Problem.of(401, "Not authenticated", "Log in first."));
            }
            if (e instanceof NotFoundException) {
                String detail = e.getMessage() != null && e.getMessage().startsWith("There is")
                        ? e.getMessage() : "There is nothing at this address.";
                return respond(Problem.of(404, "Not found", detail));
            }
            if (e.getCause() instanceof JsonbException || (status == 400 && e.getCause() != null)) {
                return malformed(e);
            }
            var reason = Response.Status.fromStatusCode(status);
            return respond(Problem.of(status, reason == null ? "Error" : reason.getReasonPhrase(),
                    e.getMessage() == null ? "" : e.getMessage()));
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {

        @Context
        Providers providers;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Response toResponse(RuntimeException e) {
            // Axon and CompletableFuture wrap what a handler threw: answer for the cause if a mapper knows it
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
                if (mapper != null && !(mapper instanceof Unexpected)) {
                    return mapper.toResponse(cause);
                }
            }
            LOG.log(Level.SEVERE, "Unexpected failure serving an API request", e);
            return respond(Problem.of(500, "Internal error",
                    "Something went wrong on our side. It has been logged with the request id in the X-Request-Id header."));
        }
    }
}
