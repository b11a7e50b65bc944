package org.outsourcingdesk.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.platform.messaging.CommandNotPermittedException;

/**
 * How a form that sends a command answers: on success, a message carried to the page it redirects
 * to; on a refusal, the rule's message naming the field (or what the user's role may not do), the
 * form kept as typed.
 */
public final class FormActions {

    private FormActions() {
    }

    /** The outcome to go to, or null to stay on the form. */
    public static String run(FacesContext faces, String done, String redirect, String notPermitted, Supplier<Boolean> action) {
        try {
            action.get();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            return redirect;
        } catch (CommandNotPermittedException refused) {
            error(faces, notPermitted);
        } catch (BusinessRuleViolation rule) {
            error(faces, RuleMessages.describe(rule));
        }
        return null;
    }

    /**
     * The text of an uploaded file (UTF-8), or empty with the reason on the form: no file chosen, larger
     * than {@code maxBytes}, or unreadable.
     */
    public static java.util.Optional<String> upload(FacesContext faces, jakarta.servlet.http.Part file, long maxBytes) {
        if (file == null || file.getSize() == 0) {
            error(faces, "Choose a CSV file to import.");
        } else if (file.getSize() > maxBytes) {
            error(faces, "The file is larger than " + maxBytes / 1_000_000 + " MB; split it.");
        } else {
            try (var in = file.getInputStream()) {
                return java.util.Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException unreadable) {
                error(faces, "The file could not be read: " + unreadable.getMessage());
            }
        }
        return java.util.Optional.empty();
    }

    /** An error on the form: the message, the form kept as typed. */
    public static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }
}
