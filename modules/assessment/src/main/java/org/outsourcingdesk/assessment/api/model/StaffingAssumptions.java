package org.outsourcingdesk.assessment.api.model;

/**
 * How agents on the queue become people on the payroll.
 *
 * @param maxOccupancyPercent the highest share of logged-in time agents may spend on contacts
 * @param shrinkagePercent    the share of paid time agents are not available: breaks, training, absence
 * @param paidHoursPerFte     paid hours of one full-time employee a year
 */
public record StaffingAssumptions(Double maxOccupancyPercent, Double shrinkagePercent, Double paidHoursPerFte) {

    public static StaffingAssumptions usual() {
        return new StaffingAssumptions(85.0, 30.0, 2080.0);
    }
}
