package org.outsourcingdesk.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KernelValueTypesTest {

    @Test
    void engagementIdIsANormalisedUuid() {
        var id = new EngagementId("3F2504E0-4F89-11D3-9A0C-0305E82C3301");
        assertThat(id.value()).isEqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        assertThat(id).hasToString(id.value()).isEqualTo(new EngagementId(id.value()));
        assertThat(EngagementId.generate()).isNotEqualTo(EngagementId.generate());
    }

    @Test
    void engagementIdRefusesWhatIsNotAUuid() {
        assertThatThrownBy(() -> new EngagementId("ENG-2026-0001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UUID");
        assertThat(EngagementId.parse("nope")).isEmpty();
        assertThat(EngagementId.parse(null)).isEmpty();
        assertThat(EngagementId.parse(" 3f2504e0-4f89-11d3-9a0c-0305e82c3301 ")).isPresent();
    }

    @Test
    void currencyCodesAreRealIsoCurrencies() {
        assertThat(CurrencyCode.isValid("USD")).isTrue();
        assertThat(CurrencyCode.isValid("EUR")).isTrue();
        assertThat(CurrencyCode.isValid("XOF")).as("West African CFA franc is money").isTrue();
        assertThat(CurrencyCode.isValid("usd")).isFalse();
        assertThat(CurrencyCode.isValid("ABC")).isFalse();
        assertThat(CurrencyCode.isValid("XAU")).as("gold is not a currency a contract is paid in").isFalse();
        assertThat(CurrencyCode.isValid("US")).isFalse();
        assertThat(CurrencyCode.isValid("DEM")).as("the German mark is withdrawn").isFalse();
        assertThat(CurrencyCode.isValid("VEF")).isFalse();
        assertThat(CurrencyCode.isValid("ZWD")).isFalse();
        assertThat(CurrencyCode.isValid("CHE")).as("a fund code, not money").isFalse();
        assertThat(CurrencyCode.isValid(null)).isFalse();
    }

    @Test
    void moneyRoundsToTheCurrencyAndRefusesToMixCurrencies() {
        var a = Money.of("10.005", "USD");
        assertThat(a.amount()).isEqualByComparingTo("10.00");
        assertThat(Money.of("100", "JPY").amount().scale()).isZero();
        assertThat(a.plus(Money.of("0.10", "USD"))).isEqualTo(Money.of("10.10", "USD"));
        assertThat(a.times(new BigDecimal("3"))).isEqualTo(Money.of("30.00", "USD"));
        assertThatThrownBy(() -> a.minus(Money.of("1", "EUR"))).hasMessageContaining("USD").hasMessageContaining("EUR");
    }

    @Test
    void businessRuleViolationNamesItsRuleAndField() {
        var v = new BusinessRuleViolation("EngagementNameRequired", "name", "An engagement needs a name.");
        assertThat(v.rule()).isEqualTo("EngagementNameRequired");
        assertThat(v.field()).isEqualTo("name");
        assertThat(v).hasMessage("An engagement needs a name.");
        assertThat(new BusinessRuleViolation("R", "m").field()).isNull();
    }
}
