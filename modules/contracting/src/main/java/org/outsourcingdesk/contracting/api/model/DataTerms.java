package org.outsourcingdesk.contracting.api.model;

/**
 * What happens to customers' data and to call recordings: the share of calls recorded, how long
 * recordings are kept, who may access them, and how data is returned and destroyed when the contract
 * ends (within how many days).
 */
public record DataTerms(Integer recordedSharePercent, Integer retentionDays, String access, String returnAndDestruction,
                        Integer destroyWithinDays) {
}
