package org.outsourcingdesk.assessment.web;

import java.math.BigDecimal;
import org.outsourcingdesk.assessment.api.model.Band;
import org.outsourcingdesk.assessment.api.model.RegionRate;

/** One region's row on the rate card form; an empty band means "not offered". */
public class RegionForm {

    private String code;
    private String name;
    private boolean domestic;
    private BigDecimal hourlyLow;
    private BigDecimal hourlyHigh;
    private BigDecimal perMinuteLow;
    private BigDecimal perMinuteHigh;
    private BigDecimal outboundLow;
    private BigDecimal outboundHigh;
    private boolean monthlyOffered;
    private String note;
    private boolean removed;

    static RegionForm of(RegionRate r) {
        var form = new RegionForm();
        form.code = r.code();
        form.name = r.name();
        form.domestic = r.domestic();
        form.hourlyLow = low(r.hourly());
        form.hourlyHigh = high(r.hourly());
        form.perMinuteLow = low(r.sharedPerMinute());
        form.perMinuteHigh = high(r.sharedPerMinute());
        form.outboundLow = low(r.outboundHourly());
        form.outboundHigh = high(r.outboundHourly());
        form.monthlyOffered = r.monthlyOffered();
        form.note = r.note();
        return form;
    }

    /** Whether anything was typed: an untouched new row is ignored. */
    boolean isBlank() {
        return (code == null || code.isBlank()) && (name == null || name.isBlank()) && hourlyLow == null && hourlyHigh == null;
    }

    RegionRate toRegion() {
        return new RegionRate(code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT),
                name == null ? null : name.strip(), domestic, band(hourlyLow, hourlyHigh), band(perMinuteLow, perMinuteHigh),
                band(outboundLow, outboundHigh), monthlyOffered, note == null || note.isBlank() ? null : note.strip());
    }

    /** Both ends empty: not offered. One end only: a band the rules refuse, naming the field. */
    private static Band band(BigDecimal low, BigDecimal high) {
        return low == null && high == null ? null : new Band(low, high);
    }

    private static BigDecimal low(Band band) {
        return band == null ? null : band.low();
    }

    private static BigDecimal high(Band band) {
        return band == null ? null : band.high();
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public boolean isDomestic() { return domestic; }
    public void setDomestic(boolean v) { domestic = v; }
    public BigDecimal getHourlyLow() { return hourlyLow; }
    public void setHourlyLow(BigDecimal v) { hourlyLow = v; }
    public BigDecimal getHourlyHigh() { return hourlyHigh; }
    public void setHourlyHigh(BigDecimal v) { hourlyHigh = v; }
    public BigDecimal getPerMinuteLow() { return perMinuteLow; }
    public void setPerMinuteLow(BigDecimal v) { perMinuteLow = v; }
    public BigDecimal getPerMinuteHigh() { return perMinuteHigh; }
    public void setPerMinuteHigh(BigDecimal v) { perMinuteHigh = v; }
    public BigDecimal getOutboundLow() { return outboundLow; }
    public void setOutboundLow(BigDecimal v) { outboundLow = v; }
    public BigDecimal getOutboundHigh() { return outboundHigh; }
    public void setOutboundHigh(BigDecimal v) { outboundHigh = v; }
    public boolean isMonthlyOffered() { return monthlyOffered; }
    public void setMonthlyOffered(boolean v) { monthlyOffered = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public boolean isRemoved() { return removed; }
    public void setRemoved(boolean v) { removed = v; }
}
