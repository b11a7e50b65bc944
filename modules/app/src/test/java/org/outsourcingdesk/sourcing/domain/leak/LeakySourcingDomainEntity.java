package org.outsourcingdesk.sourcing.domain.leak;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Deliberately wrong (test fixture): a domain class that is a JPA entity. */
@Entity
public class LeakySourcingDomainEntity {
    @Id
    private String id;
}
