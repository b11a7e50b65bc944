package org.outsourcingdesk.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.outsourcingdesk.platform.PlatformStartup;
import org.outsourcingdesk.platform.web.Problems;

/**
 * How people and scripts prove who they are.
 * <ul>
 * <li>Pages: the login form hands the credential to {@code SecurityContext.authenticate}; a valid one
 * opens a session (with a fresh id) that later requests are recognised by. An unauthenticated visit
 * to a protected page is sent to the login page and, after login, back where it was going.</li>
 * <li>The API under {@code /api/}: the same session, or HTTP Basic on each request (no session is
 * made for Basic). Unauthenticated API calls get 401 with a problem+json body, never a redirect.</li>
 * </ul>
 * Failed logins are throttled per user name ({@link LoginThrottle}) and at most as many passwords
 * are hashed at once as there are cores (two at least), so guessing cannot starve the server.
 */
@ApplicationScoped
public class DeskAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_CALLER = "desk.caller";
    public static final String NEXT_URL = "desk.next";
    /** Request attribute with a message for the login form when a login was refused. */
    public static final String LOGIN_ERROR = "desk.login.error";
    private static final String BUSY = "The server is checking many logins at once; try again in a few seconds.";
    private static final String WRONG_CREDENTIALS = "Unknown user name or wrong password.";

    @Inject
    IdentityStoreHandler identityStores;
    @Inject
    PlatformStartup startup;

    @Inject
    PasswordHashing passwords;
    @Inject
    AccountBootstrap accounts;

    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());
    private final Semaphore hashing = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!startup.isReady() && !isHealth(request)) {
            return Problems.writeStartingUp(response);
        }
        if (context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential form) {
            return formLogin(form, request, context);
        }
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basicLogin(authorization.substring(6).strip(), response, context);
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.username(), caller.roles());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(response, "Log in first: send HTTP Basic credentials or a session cookie.");
        }
        return toLoginPage(request, response, context);
    }

    private AuthenticationStatus formLogin(UsernamePasswordCredential credential, HttpServletRequest request,
                                           HttpMessageContext context) {
        return switch (attempt(credential)) {
            case Attempt.Valid valid -> {
                if (request.getSession(false) != null) {
                    request.changeSessionId(); // no session fixation
                }
                request.getSession(true).setAttribute(SESSION_CALLER, new SessionCaller(
                        valid.result().getCallerPrincipal().getName(), Set.copyOf(valid.result().getCallerGroups())));
                yield context.notifyContainerAboutLogin(valid.result());
            }
            case Attempt.Locked locked -> refusedOnForm(request, tooManyAttempts(locked.retryAfter()));
            case Attempt.Busy busy -> refusedOnForm(request, BUSY);
            case Attempt.Invalid invalid -> refusedOnForm(request, WRONG_CREDENTIALS);
        };
    }

    private static AuthenticationStatus refusedOnForm(HttpServletRequest request, String message) {
        request.setAttribute(LOGIN_ERROR, message);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus basicLogin(String encoded, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(response, "The Authorization header is not valid HTTP Basic.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return unauthorized(response, "The Authorization header is not valid HTTP Basic.");
        }
        return switch (attempt(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)))) {
            case Attempt.Valid valid -> context.notifyContainerAboutLogin(valid.result());
            case Attempt.Locked locked -> Problems.writeTooManyAttempts(response, tooManyAttempts(locked.retryAfter()), locked.retryAfter());
            case Attempt.Busy busy -> {
                response.setHeader("Retry-After", "5");
                yield Problems.write(response, 503, "Busy", BUSY);
            }
            case Attempt.Invalid invalid -> unauthorized(response, WRONG_CREDENTIALS);
        };
    }

    /** How one login attempt ended, whichever way the credential came. */
    private sealed interface Attempt {
        record Valid(CredentialValidationResult result) implements Attempt {
        }

        record Locked(Duration retryAfter) implements Attempt {
        }

        record Busy() implements Attempt {
        }

        record Invalid() implements Attempt {
        }
    }

    /**
     * One login attempt, with the throttle's bookkeeping. The lock is checked before waiting for a
     * hashing slot and again once the slot is granted, so guesses sent in parallel cannot slip past
     * it. No slot within 10 s is the server's problem, not a failed attempt. An unknown user name costs
     * the same hashing time as a wrong password, so response times do not tell which user names exist.
     */
    private Attempt attempt(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        var locked = throttle.lockedFor(username);
        if (locked.isPresent()) {
            return new Attempt.Locked(locked.get());
        }
        try {
            if (!hashing.tryAcquire(10, TimeUnit.SECONDS)) {
                return new Attempt.Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt.Busy();
        }
        CredentialValidationResult result;
        try {
            locked = throttle.lockedFor(username);
            if (locked.isPresent()) {
                return new Attempt.Locked(locked.get());
            }
            result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID && !accounts.exists(username)) {
                passwords.spendVerificationTime(credential.getPassword().getValue());
            }
        } finally {
            hashing.release();
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(username);
            return new Attempt.Invalid();
        }
        throttle.succeeded(username);
        return new Attempt.Valid(result);
    }

    private AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context) {
        String login = request.getContextPath() + "/login.xhtml";
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(NEXT_URL,
                    request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an Ajax request of an expired session: Faces follows a redirect only in this form
            try {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + login + "\"></redirect></partial-response>");
            } catch (IOException e) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Outsourcing Desk\", charset=\"UTF-8\"");
        return Problems.write(response, 401, "Not authenticated", detail);
    }

    private static String tooManyAttempts(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return "Too many failed logins for this user. Try again in " + seconds + " seconds.";
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isHealth(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/health");
    }

    /** What the session remembers of a logged-in user: the name and roles, no credential. */
    public record SessionCaller(String username, Set<String> roles) implements Serializable {
    }
}
