package org.outsourcingdesk.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages write moments: in UTC, to the minute or to the second, so that everyone reads the same time. */
@Named("fmt")
@ApplicationScoped
public class FormatsBean {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    public String minutes(Instant moment) {
        return moment == null ? "" : MINUTES.format(moment);
    }

    public String seconds(Instant moment) {
        return moment == null ? "" : SECONDS.format(moment);
    }
}
