package org.outsourcingdesk.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.api.query.FindEngagementQuery;
import org.outsourcingdesk.audit.api.query.AsOfChange;
import org.outsourcingdesk.audit.api.query.AsOfView;
import org.outsourcingdesk.audit.application.AsOf;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * Backs {@code engagements/as-of.xhtml?id=...&event=n} or {@code &at=instant}, optionally with a
 * second moment ({@code compareEvent} or {@code compareAt}) to list what changed in between.
 */
@Named("asOfPage")
@RequestScoped
public class AsOfPageBean {

    @Inject
    AsOf asOf;
    @Inject
    QueryGateway queries;
    @Inject
    FacesContext faces;

    private EngagementView current;
    private AsOfView then;
    private AsOfView compared;
    private List<AsOfChange> changes = List.of();
    private LocalDateTime at;
    private LocalDateTime compareAt;

    @PostConstruct
    void load() {
        var params = faces.getExternalContext().getRequestParameterMap();
        var id = EngagementId.parse(params.get("id"));
        current = id.flatMap(i -> queries.query(new FindEngagementQuery(i), ResponseTypes.optionalInstanceOf(EngagementView.class))
                .join()).orElse(null);
        if (current == null) {
            faces.getExternalContext().setResponseStatus(404);
            return;
        }
        then = moment(id.get(), params.get("at"), params.get("event"), "at");
        if (then == null) {
            then = asOf.afterEvent(id.get(), Long.MAX_VALUE);
        }
        compared = moment(id.get(), params.get("compareAt"), params.get("compareEvent"), "compareAt");
        if (compared != null) {
            changes = AsOf.changes(compared, then);
        }
        at = local(then.at());
        compareAt = compared == null ? null : local(compared.at());
    }

    private static LocalDateTime local(Instant moment) {
        try {
            return moment == null ? null : LocalDateTime.ofInstant(moment, ZoneOffset.UTC);
        } catch (java.time.DateTimeException beyondTheCalendar) {
            return null;
        }
    }

    private AsOfView moment(EngagementId id, String instant, String event, String field) {
        try {
            if (event != null && !event.isBlank()) {
                return asOf.afterEvent(id, Math.max(0, Long.parseLong(event.strip())));
            }
            if (instant != null && !instant.isBlank()) {
                String text = instant.strip();
                Instant moment = text.endsWith("Z") ? Instant.parse(text) : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
                if (moment.isBefore(EventLogResource.EARLIEST) || moment.isAfter(EventLogResource.LATEST)) {
                    throw new java.time.DateTimeException("out of range");
                }
                return asOf.at(id, moment);
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "'" + (event != null ? event : instant) + "' is not a moment: give a date and time such as 2026-11-27T10:00.", null));
        }
        return null;
    }

    /** Shows the moments chosen on the form. */
    public String show() {
        String url = "/engagements/as-of.xhtml?faces-redirect=true&id=" + current.id();
        if (at != null) {
            url += "&at=" + at.toInstant(ZoneOffset.UTC);
        }
        if (compareAt != null) {
            url += "&compareAt=" + compareAt.toInstant(ZoneOffset.UTC);
        }
        return url;
    }

    public EngagementView getCurrent() {
        return current;
    }

    public AsOfView getThen() {
        return then;
    }

    public AsOfView getCompared() {
        return compared;
    }

    public List<AsOfChange> getChanges() {
        return changes;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }

    public LocalDateTime getCompareAt() {
        return compareAt;
    }

    public void setCompareAt(LocalDateTime compareAt) {
        this.compareAt = compareAt;
    }

    public String getId() {
        return current == null ? null : current.id();
    }
}
