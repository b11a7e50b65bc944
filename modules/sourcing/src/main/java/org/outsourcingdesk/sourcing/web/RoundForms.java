package org.outsourcingdesk.sourcing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.platform.messaging.CommandNotPermittedException;

/**
 * How a sourcing-round form is sent: on success, a message carried to the page it redirects to; on a
 * refusal, the rule's message naming the field, the form kept as typed.
 */
final class RoundForms {

    private RoundForms() {
    }

    /** The outcome to go to (null to stay on the form). */
    static String run(FacesContext faces, String done, String redirect, Supplier<Boolean> action) {
        try {
            action.get();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            return redirect;
        } catch (CommandNotPermittedException notPermitted) {
            error(faces, "Only procurement staff work a sourcing round.");
        } catch (BusinessRuleViolation rule) {
            error(faces, VendorsPageBean.describe(rule));
        }
        return null;
    }

    private static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }
}
