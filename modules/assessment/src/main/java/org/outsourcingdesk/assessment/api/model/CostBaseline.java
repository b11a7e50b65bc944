package org.outsourcingdesk.assessment.api.model;

import java.math.BigDecimal;

/**
 * What an agent, a seat and the supervision of both cost in-house a year, fully loaded, in the
 * engagement's currency. Every figure is required.
 *
 * @param annualWagePerFte            gross wage of one full-time agent
 * @param payrollBurdenPercent        employer's taxes, insurance and benefits on top of the wage
 * @param trainingCostPerHire         recruiting and initial training of one new agent
 * @param attritionPercentPerYear     share of agents who leave (and are replaced) each year
 * @param equipmentPerSeat            equipment and supplies per seat and year
 * @param facilitiesPerSeat           rent or facilities per seat and year
 * @param maintenanceAndItPerSeat     maintenance and IT support per seat and year
 * @param telephonyAndSoftwarePerSeat telephony and software licences per seat and year
 * @param agentsPerSupervisor         agents one supervisor leads
 * @param supervisorAnnualCost        loaded cost of one supervisor
 * @param managementAnnualCost        loaded cost of the service's management, whatever its size
 * @param currency                    the currency of every amount: the engagement's (filled in when absent)
 */
public record CostBaseline(BigDecimal annualWagePerFte, Double payrollBurdenPercent, BigDecimal trainingCostPerHire,
                           Double attritionPercentPerYear, BigDecimal equipmentPerSeat, BigDecimal facilitiesPerSeat,
                           BigDecimal maintenanceAndItPerSeat, BigDecimal telephonyAndSoftwarePerSeat,
                           Double agentsPerSupervisor, BigDecimal supervisorAnnualCost,
                           BigDecimal managementAnnualCost, String currency) {

    /** A baseline with every figure given. */
    public static CostBaseline of(BigDecimal annualWagePerFte, double payrollBurdenPercent, BigDecimal trainingCostPerHire,
                                  double attritionPercentPerYear, BigDecimal equipmentPerSeat, BigDecimal facilitiesPerSeat,
                                  BigDecimal maintenanceAndItPerSeat, BigDecimal telephonyAndSoftwarePerSeat,
                                  double agentsPerSupervisor, BigDecimal supervisorAnnualCost,
                                  BigDecimal managementAnnualCost, String currency) {
        return new CostBaseline(annualWagePerFte, payrollBurdenPercent, trainingCostPerHire, attritionPercentPerYear,
                equipmentPerSeat, facilitiesPerSeat, maintenanceAndItPerSeat, telephonyAndSoftwarePerSeat,
                agentsPerSupervisor, supervisorAnnualCost, managementAnnualCost, currency);
    }

    /** The same baseline, in the engagement's currency. */
    public CostBaseline in(String engagementCurrency) {
        return new CostBaseline(annualWagePerFte, payrollBurdenPercent, trainingCostPerHire, attritionPercentPerYear,
                equipmentPerSeat, facilitiesPerSeat, maintenanceAndItPerSeat, telephonyAndSoftwarePerSeat,
                agentsPerSupervisor, supervisorAnnualCost, managementAnnualCost, engagementCurrency);
    }
}
