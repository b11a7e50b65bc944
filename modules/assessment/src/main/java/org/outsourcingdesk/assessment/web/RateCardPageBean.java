package org.outsourcingdesk.assessment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.outsourcingdesk.assessment.api.model.Band;
import org.outsourcingdesk.assessment.api.model.RateCardContent;
import org.outsourcingdesk.assessment.api.model.RateCardVersion;
import org.outsourcingdesk.assessment.api.query.ExchangeRateView;
import org.outsourcingdesk.platform.messaging.Origin;
import org.outsourcingdesk.assessment.application.RateCardAdministration;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.platform.messaging.CommandNotPermittedException;

/**
 * Backs the rate card page: everyone sees the current prices, the versions and the exchange rates;
 * administrators revise the prices (a new version) and set exchange rates.
 */
@Named("rateCardPage")
@RequestScoped
public class RateCardPageBean {

    @Inject
    RateCardAdministration rateCard;
    @Inject
    FacesContext faces;

    private RateCardVersion current;
    private int basedOnVersion;
    private final List<RegionForm> regions = new ArrayList<>();
    private BigDecimal premiumLow;
    private BigDecimal premiumHigh;
    private Double riskPercent;
    private String note;
    private String currency;
    private BigDecimal unitsPerUsd;
    private LocalDate asOf = LocalDate.now(ZoneOffset.UTC);

    @PostConstruct
    void load() {
        current = rateCard.version(null).orElse(null);
        if (current == null) {
            return;
        }
        basedOnVersion = current.version();
        current.content().regions().forEach(r -> regions.add(RegionForm.of(r)));
        regions.add(new RegionForm());
        premiumLow = current.content().commissionPremiumPercent().low();
        premiumHigh = current.content().commissionPremiumPercent().high();
        riskPercent = current.content().hourlyPlusCommissionRiskPercent();
    }

    public String revise() {
        var content = new RateCardContent(regions.stream().filter(r -> !r.isRemoved() && !r.isBlank())
                .map(RegionForm::toRegion).toList(),
                premiumLow == null && premiumHigh == null ? null : new Band(premiumLow, premiumHigh),
                riskPercent);
        return run("Rate card version " + (basedOnVersion + 1) + " saved.",
                () -> rateCard.revise(basedOnVersion, content, note, origin()));
    }

    public String setRate() {
        String code = currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
        return run("Exchange rate for " + code + " saved.", () -> rateCard.setExchangeRate(code, unitsPerUsd, asOf, origin()));
    }

    private String run(String done, Runnable action) {
        try {
            action.run();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            return "/assessment/rate-card.xhtml?faces-redirect=true";
        } catch (CommandNotPermittedException notPermitted) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Only administrators change the rate card.", null));
        } catch (BusinessRuleViolation rule) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, rule.getMessage(), null));
            faces.validationFailed();
        }
        return null;
    }

    private Origin origin() {
        return Origin.request(faces.getExternalContext().getRemoteUser());
    }

    public boolean isAdmin() {
        return faces.getExternalContext().isUserInRole("ADMIN");
    }

    public RateCardVersion getCurrent() {
        return current;
    }

    public List<RateCardVersion> getVersions() {
        return rateCard.versions();
    }

    public List<ExchangeRateView> getExchangeRates() {
        return rateCard.exchangeRates();
    }

    public List<RegionForm> getRegions() {
        return regions;
    }

    public int getBasedOnVersion() { return basedOnVersion; }
    public void setBasedOnVersion(int v) { basedOnVersion = v; }
    public BigDecimal getPremiumLow() { return premiumLow; }
    public void setPremiumLow(BigDecimal v) { premiumLow = v; }
    public BigDecimal getPremiumHigh() { return premiumHigh; }
    public void setPremiumHigh(BigDecimal v) { premiumHigh = v; }
    public Double getRiskPercent() { return riskPercent; }
    public void setRiskPercent(Double v) { riskPercent = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { currency = v; }
    public BigDecimal getUnitsPerUsd() { return unitsPerUsd; }
    public void setUnitsPerUsd(BigDecimal v) { unitsPerUsd = v; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate v) { asOf = v; }
}
