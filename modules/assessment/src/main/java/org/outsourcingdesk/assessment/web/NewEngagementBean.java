package org.outsourcingdesk.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import org.outsourcingdesk.assessment.application.EngagementOpening;
import org.outsourcingdesk.assessment.domain.EngagementRules;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.CurrencyCode;
import org.outsourcingdesk.platform.messaging.CommandNotPermittedException;

/** Backs the "open an engagement" form. */
@Named("newEngagement")
@RequestScoped
public class NewEngagementBean {

    @Inject
    EngagementOpening opening;
    @Inject
    FacesContext faces;

    @NotBlank(message = "Give the engagement a name.")
    @Size(max = EngagementRules.NAME_MAX, message = "A name may have at most {max} characters.")
    private String name;
    @NotBlank(message = "Name the business unit whose customers are served.")
    @Size(max = EngagementRules.BUSINESS_UNIT_MAX, message = "A business unit may have at most {max} characters.")
    private String businessUnit;
    @NotBlank(message = "Choose a currency.")
    private String currency = "USD";

    public String open() {
        try {
            var opened = opening.open(name, businessUnit, currency, faces.getExternalContext().getRemoteUser());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            if (!opened.visible()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Engagement " + opened.reference()
                        + " opened; it will appear in the list in a moment.", null));
                return "/index.xhtml?faces-redirect=true";
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Engagement " + opened.reference() + " opened.", null));
            return "/engagement.xhtml?faces-redirect=true&id=" + opened.id().value();
        } catch (CommandNotPermittedException notPermitted) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Your role may not open engagements.", null));
            return null;
        } catch (BusinessRuleViolation rule) {
            String clientId = rule.field() == null ? null : "engagementForm:" + rule.field();
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, rule.getMessage(), null));
            return null;
        }
    }

    /** Currencies to choose from, by code; the ones most engagements use first. */
    public List<Currency> getCurrencies() {
        var common = List.of("USD", "EUR", "GBP", "CAD", "AUD", "INR", "PHP");
        return Currency.getAvailableCurrencies().stream()
                .filter(c -> CurrencyCode.isValid(c.getCurrencyCode()))
                .sorted(Comparator.<Currency>comparingInt(c -> common.contains(c.getCurrencyCode())
                                ? common.indexOf(c.getCurrencyCode()) : common.size())
                        .thenComparing(Currency::getCurrencyCode))
                .toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBusinessUnit() {
        return businessUnit;
    }

    public void setBusinessUnit(String businessUnit) {
        this.businessUnit = businessUnit;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
