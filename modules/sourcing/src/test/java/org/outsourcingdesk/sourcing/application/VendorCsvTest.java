package org.outsourcingdesk.sourcing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.sourcing.api.model.Certification;
import org.outsourcingdesk.sourcing.api.model.DeliveryLocation;
import org.outsourcingdesk.sourcing.api.model.LanguageSkill;
import org.outsourcingdesk.sourcing.api.model.Proficiency;
import org.outsourcingdesk.sourcing.api.model.VendorKind;

/** The registry's CSV format: read exactly, and every kind of wrong line reported with its line and column. */
class VendorCsvTest {

    private static final String HEADER = "name,kind,headquarters_country,delivery_locations,languages,channels,coverage_24x7,"
            + "certifications,size,website,notes\n";

    @Test
    void readsEveryColumnOfAVendor() {
        var parsed = VendorCsv.parse(HEADER + "\"Bayside, Inc.\",Call center / BPO,ph,PH:Manila:ASIA_PHILIPPINES|IN::india,"
                + "English:fluent|Tagalog:NATIVE,INBOUND_VOICE|email,yes,ISO 27001:2027-05-31,\"1,200\",https://bayside.example,"
                + "\"Two sites, \"\"quoted\"\"\"\n");
        assertThat(parsed.problems()).isEmpty();
        var profile = parsed.lines().get(0).profile();
        assertThat(parsed.lines().get(0).number()).isEqualTo(2);
        assertThat(profile.name()).isEqualTo("Bayside, Inc.");
        assertThat(profile.kind()).isEqualTo(VendorKind.CALL_CENTER);
        assertThat(profile.headquartersCountry()).isEqualTo("PH");
        assertThat(profile.deliveryLocations()).containsExactly(new DeliveryLocation("PH", "Manila", "ASIA_PHILIPPINES"),
                new DeliveryLocation("IN", null, "INDIA"));
        assertThat(profile.languages()).containsExactly(new LanguageSkill("English", Proficiency.FLUENT),
                new LanguageSkill("Tagalog", Proficiency.NATIVE));
        assertThat(profile.channels()).containsExactly(Channel.INBOUND_VOICE, Channel.EMAIL);
        assertThat(profile.coverage24x7()).isTrue();
        assertThat(profile.certifications()).containsExactly(new Certification("ISO 27001", LocalDate.of(2027, 5, 31)));
        assertThat(profile.size()).isEqualTo(1200);
        assertThat(profile.notes()).isEqualTo("Two sites, \"quoted\"");
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeMissing() {
        var parsed = VendorCsv.parse("channels,name,delivery_locations,kind,headquarters_country\nEMAIL,Ana,BR:Recife:LATIN_AMERICA,"
                + "FREELANCE_MARKETPLACE,BR\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines().get(0).profile().name()).isEqualTo("Ana");
        assertThat(parsed.lines().get(0).profile().coverage24x7()).isFalse();
    }

    @Test
    void eachWrongLineIsReportedWithItsLineAndColumn() {
        var parsed = VendorCsv.parse(HEADER
                + "A,CALL_CENTER,PH,PH:Manila,English:FLUENT,EMAIL,yes,,,,\n"
                + "B,CALL_CENTER,PH,PH::ASIA_PHILIPPINES,English,EMAIL,yes,,,,\n"
                + "C,CALL_CENTER,PH,PH::ASIA_PHILIPPINES,,FAX,yes,,,,\n"
                + "D,CALL_CENTER,PH,PH::ASIA_PHILIPPINES,,EMAIL,maybe,,,,\n"
                + "E,CALL_CENTER,PH,PH::ASIA_PHILIPPINES,,EMAIL,no,SOC 2:next year,,,\n"
                + "F,CALL_CENTER,PH,PH::ASIA_PHILIPPINES,,EMAIL,no,,many,,\n"
                + "G,PIGEON_POST,PH,PH::ASIA_PHILIPPINES,,EMAIL,no,,,,\n"
                + "H,CALL_CENTER,PH,PH::ASIA_PHILIPPINES,,EMAIL,no,,,,\n");
        assertThat(parsed.problems()).extracting(VendorCsv.Problem::line, VendorCsv.Problem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "delivery_locations"),
                org.assertj.core.groups.Tuple.tuple(3, "languages"),
                org.assertj.core.groups.Tuple.tuple(4, "channels"),
                org.assertj.core.groups.Tuple.tuple(5, "coverage_24x7"),
                org.assertj.core.groups.Tuple.tuple(6, "certifications"),
                org.assertj.core.groups.Tuple.tuple(7, "size"),
                org.assertj.core.groups.Tuple.tuple(8, "kind"));
        assertThat(parsed.lines()).extracting(VendorCsv.Line::number).containsExactly(9);
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrWithUnknownOnesIsRefusedAtItsHeader() {
        var parsed = VendorCsv.parse("name,kind,colour\nA,CALL_CENTER,blue\n");
        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems()).extracting(VendorCsv.Problem::column)
                .containsExactly("headquarters_country", "delivery_locations", "channels", "colour");
        assertThat(VendorCsv.parse("").problems()).extracting(VendorCsv.Problem::rule).containsExactly("CsvHasHeaderAndVendors");
        assertThat(VendorCsv.parse(HEADER).problems()).extracting(VendorCsv.Problem::rule).containsExactly("CsvHasHeaderAndVendors");
        assertThat(VendorCsv.parse("name,name\nA,B\n").problems()).extracting(VendorCsv.Problem::rule).containsExactly("CsvWellFormed");
    }

    @Test
    void aRulesFieldMapsToItsColumn() {
        assertThat(VendorCsv.column("profile.deliveryLocations[0].region")).isEqualTo("delivery_locations");
        assertThat(VendorCsv.column("profile.headquartersCountry")).isEqualTo("headquarters_country");
        assertThat(VendorCsv.column("profile.name")).isEqualTo("name");
        assertThat(List.of(VendorCsv.COLUMNS)).isNotEmpty();
    }
}
