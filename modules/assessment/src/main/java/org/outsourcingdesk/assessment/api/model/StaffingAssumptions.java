package org.outsourcingdesk.assessment.api.model;

/**
 * How agents on the queue become people on the payroll.
 *
 * @param maxOccupancyPercent the highest share of logged-in time agents may spend on contacts
 * @param shrinkagePercent    the share of paid time agents are not available: breaks, training, absence
 * @param paidHoursPerFte     paid hours of one full-time employee a year
 */
public record StaffingAssumptions(double maxOccupancyPercent, double shrinkagePercent, double paidHoursPerFte) {

    public static StaffingAssumptions usual() {
        return new StaffingAssumptions(85, 30, 2080);
    }
}
