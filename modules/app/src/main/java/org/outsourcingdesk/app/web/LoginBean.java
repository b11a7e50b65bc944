package org.outsourcingdesk.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.outsourcingdesk.platform.security.DeskAuthenticationMechanism;

/** Backs the login form and the logout button. */
@Named("login")
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;
    @Inject
    FacesContext faces;

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var response = (HttpServletResponse) external.getResponse();
        var status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                        new Password(password == null ? "" : password)))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(nextUrl(request));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                Object reason = request.getAttribute(DeskAuthenticationMechanism.LOGIN_ERROR);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        reason == null ? "Unknown user name or wrong password." : reason.toString(), null));
                password = null;
            }
        }
    }

    public void logout() throws Exception {
        ExternalContext external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }

    /** Back to the page that sent the user here, if it is one of ours; else the dashboard. */
    static String nextUrl(HttpServletRequest request) {
        var session = request.getSession(false);
        String home = request.getContextPath() + "/";
        if (session == null) {
            return home;
        }
        Object next = session.getAttribute(DeskAuthenticationMechanism.NEXT_URL);
        session.removeAttribute(DeskAuthenticationMechanism.NEXT_URL);
        if (next instanceof String url && url.startsWith(home) && !url.startsWith("//") && !url.contains("\\")
                && !url.contains("login.xhtml")) {
            return url;
        }
        return home;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
