package org.outsourcingdesk.platform.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/** Writes problem+json straight to a servlet response, for the layers below JAX-RS. */
public final class Problems {

    private static final Jsonb JSON = JsonbBuilder.create();

    private Problems() {
    }

    public static AuthenticationStatus write(HttpServletResponse response, int status, String title, String detail) {
        try {
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            // the same record, and so the same shape, as the REST API's problems
            response.getWriter().write(JSON.toJson(Problem.of(status, title, detail)));
        } catch (IOException e) {
            // the client went away; nothing left to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    public static AuthenticationStatus writeTooManyAttempts(HttpServletResponse response, String detail, Duration wait) {
        response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
        return write(response, 429, "Too many failed logins", detail);
    }

    public static AuthenticationStatus writeStartingUp(HttpServletResponse response) {
        response.setHeader("Retry-After", "5");
        return write(response, 503, "Starting up", "Outsourcing Desk is starting; try again in a few seconds.");
    }
}
