package org.outsourcingdesk.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.outsourcingdesk.audit.api.query.EventLogPage;
import org.outsourcingdesk.audit.application.EventLog;
import org.outsourcingdesk.kernel.BusinessRuleViolation;

/** Backs the event log page ({@code audit/events.xhtml}): filters in the address, so a view can be shared. */
@Named("eventLogPage")
@RequestScoped
public class EventLogPageBean {

    static final int PAGE = 50;

    @Inject
    EventLog log;
    @Inject
    FacesContext faces;

    private final Map<String, String> filters = new LinkedHashMap<>();
    private EventLogPage page = new EventLogPage(java.util.List.of(), false, false);

    @PostConstruct
    void load() {
        var params = faces.getExternalContext().getRequestParameterMap();
        for (String name : new String[] {"engagement", "module", "type", "actor", "from", "to"}) {
            String value = params.get(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value.strip());
            }
        }
        try {
            page = log.page(EventLogResource.query(filters.get("engagement"), filters.get("module"), filters.get("type"),
                    filters.get("actor"), filters.get("from"), filters.get("to"), number(params.get("before")),
                    number(params.get("after")), PAGE));
        } catch (BusinessRuleViolation wrong) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, wrong.getMessage(), null));
        }
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public EventLogPage getPage() {
        return page;
    }

    public Map<String, String> getFilters() {
        return filters;
    }

    /** The filters as query parameters, for paging and export links. */
    public String query() {
        return filters.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public boolean isOlder() {
        return page.older() && !page.events().isEmpty();
    }

    public boolean isNewer() {
        return page.newer() && !page.events().isEmpty();
    }

    public String olderLink() {
        var events = page.events();
        return "events.xhtml?" + query() + (query().isEmpty() ? "" : "&") + "before=" + events.get(events.size() - 1).globalIndex();
    }

    public String newerLink() {
        return "events.xhtml?" + query() + (query().isEmpty() ? "" : "&") + "after=" + page.events().get(0).globalIndex();
    }
}
