package org.outsourcingdesk.assessment.api.model;

import java.util.List;
import java.util.Optional;

/** The ratings of every qualitative factor of an engagement. */
public record QualitativeFactors(List<FactorRating> ratings) {

    public Optional<Rating> rating(Factor factor) {
        return ratings.stream().filter(r -> r.factor() == factor).map(FactorRating::rating).findFirst();
    }

    public boolean isHigh(Factor factor) {
        return rating(factor).orElse(null) == Rating.HIGH;
    }
}
