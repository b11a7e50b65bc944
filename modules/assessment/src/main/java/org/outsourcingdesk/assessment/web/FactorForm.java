package org.outsourcingdesk.assessment.web;

import org.outsourcingdesk.assessment.api.model.Factor;
import org.outsourcingdesk.assessment.api.model.FactorRating;
import org.outsourcingdesk.assessment.api.model.Rating;

/** One qualitative factor on its form: the question, the rating and the note. */
public class FactorForm {

    private final Factor factor;
    private Rating rating;
    private String note;

    FactorForm(Factor factor, FactorRating recorded) {
        this.factor = factor;
        if (recorded != null) {
            rating = recorded.rating();
            note = recorded.note();
        }
    }

    /** Unrated factors are left out; the rules treat them as not rated. */
    FactorRating toRating() {
        return rating == null ? null : new FactorRating(factor, rating, note == null || note.isBlank() ? null : note.strip());
    }

    public Factor getFactor() {
        return factor;
    }

    public String getKey() {
        return factor.name();
    }

    public Rating getRating() {
        return rating;
    }

    public void setRating(Rating rating) {
        this.rating = rating;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
