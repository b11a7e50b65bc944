package org.outsourcingdesk.monitoring.application;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.monitoring.api.model.CustomerFeedback;
import org.outsourcingdesk.monitoring.api.model.KpiLine;
import org.outsourcingdesk.monitoring.api.model.PeriodReport;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.monitoring.domain.PeriodRules;

/**
 * The period-report CSV format (docs/monitoring/kpi-template.csv): a header row naming these columns in
 * any order, then a line per period and channel. Only {@code period_start}, {@code channel} and
 * {@code handled} are required; leave a cell empty when the channel does not have the figure.
 * Complaints and bad reviews may be given on one line of a period or split over its channels: they
 * are added up.
 * <pre>
 * period_start             the period's first day, yyyy-mm-dd (a Monday, or the 1st for monthly reporting)
 * channel                  INBOUND_VOICE, OUTBOUND_VOICE, EMAIL, CHAT, SOCIAL_MEDIA
 * offered, handled, abandoned, answered_in_threshold, repeat_contacts, answered_in_target_hours   counts
 * speed_of_answer_seconds, handle_seconds, hold_seconds                                        averages in seconds
 * satisfaction_percent, quality_percent                                                        0 to 100
 * billed_minutes, billed_hours                                                                 the usage billed
 * complaints, bad_reviews                                                                      counts
 * </pre>
 * Every problem is reported with its line and column, under the rule's name; when there is any, nothing
 * is imported.
 */
public final class KpiCsv {

    public static final List<String> COLUMNS = List.of("period_start", "channel", "offered", "handled", "abandoned",
            "answered_in_threshold", "speed_of_answer_seconds", "handle_seconds", "hold_seconds", "repeat_contacts",
            "satisfaction_percent", "quality_percent", "answered_in_target_hours", "billed_minutes", "billed_hours", "complaints",
            "bad_reviews");
    private static final List<String> REQUIRED = List.of("period_start", "channel", "handled");
    private static final int MAX_LINES = 2000;

    private KpiCsv() {
    }

    /** A problem on a line (1 is the header), in a column, under a named rule. */
    public record Problem(int line, String column, String rule, String message) implements org.outsourcingdesk.platform.web.Problem.FileProblem {
    }

    /** What an import did: the periods it reported, or, when any line was wrong, none and every problem. */
    public record Report(List<LocalDate> periods, List<Problem> problems) {
        public boolean imported() {
            return problems.isEmpty();
        }
    }

    /** The file read into period reports, each line kept with its number, and the problems found. */
    public record Parsed(List<PeriodReport> reports, Map<LocalDate, List<Integer>> lineNumbers, List<Problem> problems) {
    }

    /** The header of the downloadable template. */
    public static String template() {
        return String.join(",", COLUMNS) + "\n";
    }

    public static Parsed parse(String csv) {
        var problems = new ArrayList<Problem>();
        var periods = new TreeMap<LocalDate, List<KpiLine>>();
        var feedback = new TreeMap<LocalDate, int[]>();
        var numbers = new LinkedHashMap<LocalDate, List<Integer>>();
        if (csv == null || csv.isBlank()) {
            problems.add(new Problem(1, null, "CsvHasHeaderAndPeriods", "The file is empty: it needs a header row and a line per period and channel."));
            return new Parsed(List.of(), Map.of(), problems);
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get().parse(new StringReader(text))) {
            var header = parser.getHeaderMap().keySet().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            for (String required : REQUIRED) {
                if (!header.contains(required)) {
                    problems.add(new Problem(1, required, "CsvColumnsKnown", "The header has no column " + required + "; the columns are "
                            + String.join(", ", COLUMNS) + "."));
                }
            }
            header.stream().filter(h -> !COLUMNS.contains(h)).forEach(h -> problems.add(new Problem(1, h, "CsvColumnsKnown",
                    "Column " + h + " is not one of " + String.join(", ", COLUMNS) + ".")));
            if (!problems.isEmpty()) {
                return new Parsed(List.of(), Map.of(), problems);
            }
            int count = 0;
            for (CSVRecord record : parser) {
                int number = (int) parser.getCurrentLineNumber();
                if (++count > MAX_LINES) {
                    problems.add(new Problem(number, null, "CsvAtMost2000Lines", "A file holds at most " + MAX_LINES + " lines."));
                    break;
                }
                var row = new Row(record, number, problems);
                LocalDate start = row.date("period_start");
                Channel channel = row.channel();
                var line = new KpiLine(channel, row.count("offered"), row.count("handled"), row.count("abandoned"),
                        row.count("answered_in_threshold"), row.seconds("speed_of_answer_seconds"), row.seconds("handle_seconds"),
                        row.seconds("hold_seconds"), row.count("repeat_contacts"), row.decimal("satisfaction_percent"),
                        row.decimal("quality_percent"), row.count("answered_in_target_hours"), row.decimal("billed_minutes"),
                        row.decimal("billed_hours"));
                Long complaints = row.count("complaints");
                Long badReviews = row.count("bad_reviews");
                if (row.failed || start == null) {
                    if (start == null && !row.failed) {
                        problems.add(new Problem(number, "period_start", "PeriodStartRequired", "Give the period's first day (yyyy-mm-dd)."));
                    }
                    continue;
                }
                periods.computeIfAbsent(start, s -> new ArrayList<>()).add(line);
                numbers.computeIfAbsent(start, s -> new ArrayList<>()).add(number);
                var said = feedback.computeIfAbsent(start, s -> new int[3]);
                if (complaints != null) {
                    said[0] += complaints.intValue();
                    said[2] = 1;
                }
                if (badReviews != null) {
                    said[1] += badReviews.intValue();
                    said[2] = 1;
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException malformed) {
            problems.add(new Problem(1, null, "CsvWellFormed", "The file is not well-formed CSV: " + malformed.getMessage()));
        }
        if (periods.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(2, null, "CsvHasHeaderAndPeriods", "The file has a header but no lines."));
        }
        var reports = periods.entrySet().stream().map(e -> {
            int[] said = feedback.get(e.getKey());
            return new PeriodReport(e.getKey(), e.getValue(), said[2] == 0 ? null : new CustomerFeedback(said[0], said[1], null));
        }).toList();
        return new Parsed(reports, numbers, problems);
    }

    /**
     * The file held against the monitoring's rules too: each period's problems named on the line and
     * column they come from, and a period reported already without a reason for its amendment.
     */
    public static List<Problem> check(Parsed parsed, MonitoringView view, LocalDate today, boolean amendmentReasonGiven) {
        var problems = new ArrayList<>(parsed.problems());
        for (var report : parsed.reports()) {
            var lines = parsed.lineNumbers().get(report.periodStart());
            for (var violation : PeriodRules.check(view, report, today)) {
                problems.add(new Problem(lineOf(violation.field(), lines), column(violation.field()), violation.rule(), violation.getMessage()));
            }
            if (view.period(report.periodStart()).isPresent() && !amendmentReasonGiven) {
                problems.add(new Problem(lines.get(0), "period_start", "AmendmentReasonRequired", "The period from " + report.periodStart()
                        + " is reported already; give the reason for reporting it again."));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::line));
        return problems;
    }

    private static int lineOf(String field, List<Integer> lines) {
        var index = java.util.regex.Pattern.compile("^lines\\[(\\d+)]").matcher(field == null ? "" : field);
        return index.find() ? lines.get(Integer.parseInt(index.group(1))) : lines.get(0);
    }

    /** The CSV column of a report's field: lines[1].answeredInThreshold is answered_in_threshold. */
    static String column(String field) {
        if (field == null || field.equals("lines")) {
            return null;
        }
        String name = field.replaceFirst("^lines\\[\\d+]\\.", "").replaceFirst("^feedback\\.", "");
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** One record read; the first problem of each cell is reported. */
    private static final class Row {
        private final CSVRecord record;
        private final int line;
        private final List<Problem> problems;
        boolean failed;

        Row(CSVRecord record, int line, List<Problem> problems) {
            this.record = record;
            this.line = line;
            this.problems = problems;
        }

        private String value(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String value = record.get(column).strip();
            return value.isEmpty() ? null : value;
        }

        LocalDate date(String column) {
            String value = value(column);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                return fail(column, "DateFormat", "'" + value + "' is not a day as yyyy-mm-dd.");
            }
        }

        Channel channel() {
            String value = value("channel");
            if (value == null) {
                return fail("channel", "ChannelRequired", "Say which channel the line is for.");
            }
            try {
                return Channel.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return fail("channel", "ChannelKnown", "'" + value + "' is not one of " + java.util.Arrays.toString(Channel.values()) + ".");
            }
        }

        Long count(String column) {
            String value = value(column);
            try {
                return value == null ? null : Long.valueOf(value);
            } catch (NumberFormatException e) {
                return fail(column, "WholeNumber", "'" + value + "' is not a whole number.");
            }
        }

        Integer seconds(String column) {
            Long value = count(column);
            if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
                return fail(column, "WholeNumber", value + " seconds is out of range.");
            }
            return value == null ? null : value.intValue();
        }

        BigDecimal decimal(String column) {
            String value = value(column);
            try {
                return value == null ? null : new BigDecimal(value);
            } catch (NumberFormatException e) {
                return fail(column, "Number", "'" + value + "' is not a number (use a point for decimals).");
            }
        }

        private <T> T fail(String column, String rule, String message) {
            failed = true;
            problems.add(new Problem(line, column, rule, message));
            return null;
        }
    }
}
