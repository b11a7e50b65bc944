package org.outsourcingdesk.assessment.api.model;

/** On which side of the break-even volume outsourcing is the cheaper choice. */
public enum BreakEvenSide {
    /** Cheaper above the break-even volume. */
    ABOVE,
    /** Cheaper below the break-even volume. */
    BELOW,
    /** Cheaper at every volume searched (a fiftieth to twenty times the forecast): no break-even. */
    ALWAYS,
    /** Dearer at every volume searched: no break-even. */
    NEVER,
    /** Nothing to compare: the channel has no volume. */
    NOT_APPLICABLE
}
