package org.outsourcingdesk.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.domain.AssessmentRules;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.assessment.api.model.StaffingAssumptions;
import org.outsourcingdesk.kernel.BusinessRuleViolation;

/** The demand form turns what was typed into a profile, and what cannot be read into a named refusal. */
class ChannelFormTest {

    private static ChannelForm chat() {
        var form = new ChannelForm(Channel.CHAT);
        form.setServed(true);
        form.setMonthlyVolume(5000L);
        form.setAhtSeconds(480.0);
        form.setBusiestHourPercent(15.0);
        return form;
    }

    @Test
    void openingHoursTypedAsTextAreRead() {
        var form = chat();
        // EL stores what was typed into the list as text
        form.getHours().set(0, "8");
        form.getHours().set(6, "4.5");
        var demand = form.toDemand();
        assertThat(demand.openingHours().hoursPerWeekday()).containsExactly(8.0, 9.0, 9.0, 9.0, 9.0, 0.0, 4.5);
    }

    @Test
    void hoursThatAreNotNumbersAreRefusedByName() {
        var form = chat();
        form.getHours().set(2, "nine");
        var profile = new DemandProfile(java.util.List.of(form.toDemand()), StaffingAssumptions.usual());
        assertThatThrownBy(() -> AssessmentRules.checkDemand(profile)).isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).field()).isEqualTo("channels.CHAT.openingHours.2");
    }

    @Test
    void anEmptyHandleTimeIsRefusedNotTakenAsZero() {
        var form = chat();
        form.setAhtSeconds(null);
        var profile = new DemandProfile(java.util.List.of(form.toDemand()), StaffingAssumptions.usual());
        assertThatThrownBy(() -> AssessmentRules.checkDemand(profile))
                .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo("HandleTimeMustBePositive");
    }

    @Test
    void anHourlyProfileIsReadFromCommaSeparatedShares() {
        var form = chat();
        form.setBusiestHourPercent(null);
        form.setHourlyProfile("0,0,0,0,0,0,0,0,11,11,11,11,12,11,11,11,11,0,0,0,0,0,0,0");
        var demand = form.toDemand();
        assertThat(demand.hourlyProfile()).hasSize(24).contains(11.0, 12.0);
        AssessmentRules.checkDemand(new DemandProfile(java.util.List.of(demand), StaffingAssumptions.usual()));
        assertThat(ChannelForm.of(demand).getHourlyProfile()).startsWith("0, 0, 0");
    }

    @Test
    void aProfileWithContactsWhileClosedIsRefused() {
        var form = chat();
        form.setBusiestHourPercent(null);
        form.setHourlyProfile("0,0,0,0,0,0,0,0,10,10,10,10,10,10,10,10,10,10,0,0,0,0,0,0");
        var profile = new DemandProfile(java.util.List.of(form.toDemand()), StaffingAssumptions.usual());
        assertThatThrownBy(() -> AssessmentRules.checkDemand(profile))
                .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo("HourlyProfileOutsideOpeningHours");
    }

    @Test
    void demandNoQueueCanStaffIsRefusedByChannel() {
        var form = chat();
        form.setMonthlyVolume(100_000_000L);
        form.setAhtSeconds(86_400.0);
        var profile = new DemandProfile(java.util.List.of(form.toDemand()), StaffingAssumptions.usual());
        assertThatThrownBy(() -> AssessmentRules.checkDemand(profile))
                .extracting(e -> ((BusinessRuleViolation) e).field()).isEqualTo("channels.CHAT.monthlyVolume");
    }

    @Test
    void anOccupancyTypedAsAFractionIsRefused() {
        var profile = new DemandProfile(java.util.List.of(chat().toDemand()), new StaffingAssumptions(0.85, 30.0, 2080.0));
        assertThatThrownBy(() -> AssessmentRules.checkDemand(profile))
                .extracting(e -> ((BusinessRuleViolation) e).rule()).isEqualTo("OccupancyOutOfRange");
    }
}
