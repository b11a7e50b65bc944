package org.outsourcingdesk.assessment.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.outsourcingdesk.assessment.api.query.ExchangeRateView;

/** One exchange rate of a currency, valid from a date. */
@Entity
@Table(name = "assessment_exchange_rate")
@IdClass(ExchangeRateEntity.Key.class)
public class ExchangeRateEntity {

    @Id
    @Column(name = "currency")
    private String currency;
    @Id
    @Column(name = "as_of")
    private LocalDate asOf;
    @Column(name = "units_per_usd", nullable = false)
    private BigDecimal unitsPerUsd;
    @Column(name = "set_by", nullable = false)
    private String setBy;
    @Column(name = "set_at", nullable = false)
    private OffsetDateTime setAt;

    protected ExchangeRateEntity() {
    }

    ExchangeRateEntity(String currency, LocalDate asOf) {
        this.currency = currency;
        this.asOf = asOf;
    }

    void set(BigDecimal unitsPerUsd, String setBy, OffsetDateTime setAt) {
        this.unitsPerUsd = unitsPerUsd;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    String currency() { return currency; }
    LocalDate asOf() { return asOf; }
    BigDecimal unitsPerUsd() { return unitsPerUsd; }

    ExchangeRateView toView() {
        return new ExchangeRateView(currency, asOf, unitsPerUsd.stripTrailingZeros(), setBy, setAt.toInstant());
    }

    /** The key: currency and date. */
    public static class Key implements Serializable {
        private String currency;
        private LocalDate asOf;

        public Key() {
        }

        public Key(String currency, LocalDate asOf) {
            this.currency = currency;
            this.asOf = asOf;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(currency, key.currency) && Objects.equals(asOf, key.asOf);
        }

        @Override
        public int hashCode() {
            return Objects.hash(currency, asOf);
        }
    }
}
