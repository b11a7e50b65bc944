package org.outsourcingdesk.sourcing.application;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.sourcing.api.model.Certification;
import org.outsourcingdesk.sourcing.api.model.DeliveryLocation;
import org.outsourcingdesk.sourcing.api.model.LanguageSkill;
import org.outsourcingdesk.sourcing.api.model.Proficiency;
import org.outsourcingdesk.sourcing.api.model.VendorKind;
import org.outsourcingdesk.sourcing.api.model.VendorProfile;

/**
 * The registry's CSV format, one vendor a line, with a header row naming these columns (any order;
 * lists separated by {@code |}, the parts of an entry by {@code :}):
 * <pre>
 * name, kind, headquarters_country, delivery_locations, languages, channels, coverage_24x7,
 * certifications, size, website, notes
 *
 * kind                CALL_CENTER, FREELANCE_MARKETPLACE, SOCIAL_MEDIA_AGENCY, EMAIL_SUPPORT_PROVIDER, REMOTE_TEAM
 * delivery_locations  PH:Manila:ASIA_PHILIPPINES|IN::INDIA       country:city:rate-card region (city may be empty)
 * languages           English:NATIVE|Spanish:FLUENT              language:BASIC, CONVERSATIONAL, FLUENT or NATIVE
 * channels            INBOUND_VOICE|EMAIL|CHAT                   OUTBOUND_VOICE and SOCIAL_MEDIA too
 * coverage_24x7       yes or no
 * certifications      ISO 27001:2027-05-31|PCI DSS:2026-12-31    name:expiry date
 * </pre>
 * Parsing never throws for what a file contains: each problem is reported with its line and column.
 */
public final class VendorCsv {

    static final List<String> COLUMNS = List.of("name", "kind", "headquarters_country", "delivery_locations", "languages",
            "channels", "coverage_24x7", "certifications", "size", "website", "notes");
    private static final List<String> REQUIRED = List.of("name", "kind", "headquarters_country", "delivery_locations", "channels");
    private static final int MAX_LINES = 5000;

    private VendorCsv() {
    }

    /** A line that read as a profile (its rules are checked afterwards). */
    public record Line(int number, VendorProfile profile) {
    }

    /** A problem on a line (1 is the header), in a column, under a named rule. */
    public record Problem(int line, String column, String rule, String message) implements org.outsourcingdesk.platform.web.Problem.FileProblem {
    }

    public record Parsed(List<Line> lines, List<Problem> problems) {
    }

    /** What an import did: the vendors it registered, or, when any line was wrong, none and every problem. */
    public record Report(List<String> registered, List<Problem> problems) {
        public boolean imported() {
            return problems.isEmpty();
        }
    }

    public static Parsed parse(String csv) {
        var lines = new ArrayList<Line>();
        var problems = new ArrayList<Problem>();
        if (csv == null || csv.isBlank()) {
            problems.add(new Problem(1, null, "CsvHasHeaderAndVendors", "The file is empty: it needs a header row and a line per vendor."));
            return new Parsed(lines, problems);
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW).get().parse(new StringReader(text))) {
            Map<String, Integer> header = parser.getHeaderMap();
            var known = header.keySet().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            for (String required : REQUIRED) {
                if (!known.contains(required)) {
                    problems.add(new Problem(1, required, "CsvHasHeaderAndVendors", "The header has no column " + required
                            + "; the columns are " + String.join(", ", COLUMNS) + "."));
                }
            }
            for (String column : known) {
                if (!COLUMNS.contains(column)) {
                    problems.add(new Problem(1, column, "CsvColumnsKnown", "Column " + column + " is not one of "
                            + String.join(", ", COLUMNS) + "."));
                }
            }
            if (!problems.isEmpty()) {
                return new Parsed(lines, problems);
            }
            for (CSVRecord record : parser) {
                int number = (int) parser.getCurrentLineNumber();
                if (lines.size() + problems.size() >= MAX_LINES) {
                    problems.add(new Problem(number, null, "CsvAtMost5000Vendors", "A file holds at most " + MAX_LINES + " vendors."));
                    break;
                }
                var reading = new Reading(record, header, number);
                var profile = reading.profile();
                if (reading.problem != null) {
                    problems.add(reading.problem);
                } else {
                    lines.add(new Line(number, profile));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException malformed) {
            problems.add(new Problem(1, null, "CsvWellFormed", "The file is not well-formed CSV: " + malformed.getMessage()));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(2, null, "CsvHasHeaderAndVendors", "The file has a header but no vendors."));
        }
        return new Parsed(lines, problems);
    }

    /** The CSV column a rule's field (profile.deliveryLocations[0].region) belongs to. */
    static String column(String field) {
        if (field == null) {
            return null;
        }
        String name = field.replaceFirst("^profile\\.", "").replaceAll("\\[.*$", "").replaceAll("\\..*$", "");
        return switch (name) {
            case "headquartersCountry" -> "headquarters_country";
            case "deliveryLocations" -> "delivery_locations";
            case "coverage24x7" -> "coverage_24x7";
            default -> name;
        };
    }

    /** One record read into a profile; the first problem met stops it. */
    private static final class Reading {
        private final CSVRecord record;
        private final Map<String, Integer> header;
        private final int line;
        Problem problem;

        Reading(CSVRecord record, Map<String, Integer> header, int line) {
            this.record = record;
            this.header = header;
            this.line = line;
        }

        VendorProfile profile() {
            String name = value("name");
            VendorKind kind = kind(value("kind"));
            String country = value("headquarters_country");
            var locations = new ArrayList<DeliveryLocation>();
            for (String entry : entries(value("delivery_locations"))) {
                String[] parts = entry.split(":", -1);
                if (parts.length != 3) {
                    fail("delivery_locations", "DeliveryLocationHasRegion", "'" + entry + "' is not country:city:region"
                            + " (such as PH:Manila:ASIA_PHILIPPINES; the city may be empty).");
                    return null;
                }
                locations.add(new DeliveryLocation(upper(parts[0]), parts[1].isBlank() ? null : parts[1].strip(), upper(parts[2])));
            }
            var languages = new ArrayList<LanguageSkill>();
            for (String entry : entries(value("languages"))) {
                String[] parts = entry.split(":", -1);
                Proficiency proficiency = parts.length == 2 ? named(Proficiency.class, parts[1]) : null;
                if (proficiency == null) {
                    fail("languages", "LanguageProficiencyRequired", "'" + entry + "' is not language:proficiency, with "
                            + Arrays.toString(Proficiency.values()) + ".");
                    return null;
                }
                languages.add(new LanguageSkill(parts[0].strip(), proficiency));
            }
            var channels = new ArrayList<Channel>();
            for (String entry : entries(value("channels"))) {
                Channel channel = named(Channel.class, entry);
                if (channel == null) {
                    fail("channels", "ChannelRequired", "'" + entry + "' is not a channel; the channels are "
                            + Arrays.toString(Channel.values()) + ".");
                    return null;
                }
                channels.add(channel);
            }
            Boolean coverage = yesNo(value("coverage_24x7"));
            var certifications = new ArrayList<Certification>();
            for (String entry : entries(value("certifications"))) {
                int colon = entry.lastIndexOf(':');
                LocalDate expires = null;
                try {
                    expires = colon < 0 ? null : LocalDate.parse(entry.substring(colon + 1).strip());
                } catch (DateTimeParseException notADate) {
                    // reported below
                }
                if (expires == null) {
                    fail("certifications", "CertificationExpiryRequired", "'" + entry + "' is not name:expiry date"
                            + " (such as ISO 27001:2027-05-31).");
                    return null;
                }
                certifications.add(new Certification(entry.substring(0, colon).strip(), expires));
            }
            Integer size = null;
            String sizeText = value("size");
            if (sizeText != null && !sizeText.isBlank()) {
                try {
                    size = Integer.valueOf(sizeText.strip().replace(",", ""));
                } catch (NumberFormatException notANumber) {
                    fail("size", "VendorSizeInRange", "'" + sizeText + "' is not a whole number of agents.");
                    return null;
                }
            }
            if (problem != null || coverage == null) {
                if (problem == null) {
                    fail("coverage_24x7", "CoverageIsYesOrNo", "coverage_24x7 is yes or no, not '" + value("coverage_24x7") + "'.");
                }
                return null;
            }
            if (value("kind") != null && !value("kind").isBlank() && kind == null) {
                fail("kind", "VendorKindRequired", "'" + value("kind") + "' is not a kind; the kinds are "
                        + Arrays.toString(VendorKind.values()) + ".");
                return null;
            }
            return new VendorProfile(name, kind, upper(country), locations, languages, channels, coverage, certifications,
                    size, value("website"), value("notes"));
        }

        private String value(String column) {
            for (var entry : header.entrySet()) {
                if (entry.getKey().strip().equalsIgnoreCase(column)) {
                    return entry.getValue() < record.size() ? record.get(entry.getValue()) : null;
                }
            }
            return null;
        }

        private void fail(String column, String rule, String message) {
            if (problem == null) {
                problem = new Problem(line, column, rule, message);
            }
        }

        private static List<String> entries(String value) {
            if (value == null || value.isBlank()) {
                return List.of();
            }
            return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        private static String upper(String text) {
            return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
        }

        private static Boolean yesNo(String text) {
            if (text == null || text.isBlank()) {
                return false;
            }
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "1" -> true;
                case "no", "n", "false", "0" -> false;
                default -> null;
            };
        }

        private static VendorKind kind(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            VendorKind byName = named(VendorKind.class, text);
            if (byName != null) {
                return byName;
            }
            return Arrays.stream(VendorKind.values()).filter(k -> k.label().equalsIgnoreCase(text.strip())).findFirst().orElse(null);
        }

        private static <E extends Enum<E>> E named(Class<E> type, String text) {
            try {
                return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }
    }
}
