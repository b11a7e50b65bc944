package org.outsourcingdesk.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.outsourcingdesk.platform.PlatformStartup;
import org.outsourcingdesk.platform.messaging.RequestContext;

/**
 * Around every request: keeps requests out until start-up is complete, gives the request its id
 * (the client's {@code X-Request-Id}, or a new one) and a correlation id that every command and
 * event it causes will carry, echoes both, and sets the browser security headers.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DeskRequestFilter extends HttpFilter {

    @Inject
    PlatformStartup startup;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!startup.isReady() && !request.getRequestURI().startsWith(request.getContextPath() + "/health")) {
            Problems.writeStartingUp(response);
            return;
        }
        String clientId = request.getHeader("X-Request-Id");
        var context = RequestContext.fresh(clientId != null && clientId.length() <= 100 ? clientId : null);
        response.setHeader("X-Request-Id", context.requestId());
        response.setHeader("X-Correlation-Id", context.correlationId());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        try (var scope = context.open()) {
            chain.doFilter(request, response);
        }
    }
}
