package org.outsourcingdesk.contracting.api.model;

import java.time.LocalDate;

/** A party's signature as recorded: who signed for it and on which day, and who recorded it. */
public record Signature(Party party, String signatory, LocalDate signedOn, String recordedBy) {
}
