package org.outsourcingdesk.platform.web;

import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/** Writes problem+json straight to a servlet response, for the layers below JAX-RS. */
public final class Problems {

    private Problems() {
    }

    public static AuthenticationStatus write(HttpServletResponse response, int status, String title, String detail) {
        try {
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", title)
                    .add("status", status)
                    .add("detail", detail)
                    .add("violations", Json.createArrayBuilder())
                    .build().toString());
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
