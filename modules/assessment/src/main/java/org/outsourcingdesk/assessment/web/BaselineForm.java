package org.outsourcingdesk.assessment.web;

import java.math.BigDecimal;
import org.outsourcingdesk.assessment.api.model.CostBaseline;

/** The in-house cost baseline as typed on its form. */
public class BaselineForm {

    private BigDecimal annualWagePerFte;
    private Double payrollBurdenPercent = 25.0;
    private BigDecimal trainingCostPerHire;
    private Double attritionPercentPerYear = 30.0;
    private BigDecimal equipmentPerSeat;
    private BigDecimal facilitiesPerSeat;
    private BigDecimal maintenanceAndItPerSeat;
    private BigDecimal telephonyAndSoftwarePerSeat;
    private Double agentsPerSupervisor = 12.0;
    private BigDecimal supervisorAnnualCost;
    private BigDecimal managementAnnualCost;

    static BaselineForm of(CostBaseline b) {
        var form = new BaselineForm();
        if (b != null) {
            form.annualWagePerFte = b.annualWagePerFte();
            form.payrollBurdenPercent = b.payrollBurdenPercent();
            form.trainingCostPerHire = b.trainingCostPerHire();
            form.attritionPercentPerYear = b.attritionPercentPerYear();
            form.equipmentPerSeat = b.equipmentPerSeat();
            form.facilitiesPerSeat = b.facilitiesPerSeat();
            form.maintenanceAndItPerSeat = b.maintenanceAndItPerSeat();
            form.telephonyAndSoftwarePerSeat = b.telephonyAndSoftwarePerSeat();
            form.agentsPerSupervisor = b.agentsPerSupervisor();
            form.supervisorAnnualCost = b.supervisorAnnualCost();
            form.managementAnnualCost = b.managementAnnualCost();
        }
        return form;
    }

    CostBaseline toBaseline() {
        return new CostBaseline(annualWagePerFte, payrollBurdenPercent, trainingCostPerHire, attritionPercentPerYear,
                equipmentPerSeat, facilitiesPerSeat, maintenanceAndItPerSeat, telephonyAndSoftwarePerSeat,
                agentsPerSupervisor, supervisorAnnualCost, managementAnnualCost, null);
    }

    public BigDecimal getAnnualWagePerFte() { return annualWagePerFte; }
    public void setAnnualWagePerFte(BigDecimal v) { annualWagePerFte = v; }
    public Double getPayrollBurdenPercent() { return payrollBurdenPercent; }
    public void setPayrollBurdenPercent(Double v) { payrollBurdenPercent = v; }
    public BigDecimal getTrainingCostPerHire() { return trainingCostPerHire; }
    public void setTrainingCostPerHire(BigDecimal v) { trainingCostPerHire = v; }
    public Double getAttritionPercentPerYear() { return attritionPercentPerYear; }
    public void setAttritionPercentPerYear(Double v) { attritionPercentPerYear = v; }
    public BigDecimal getEquipmentPerSeat() { return equipmentPerSeat; }
    public void setEquipmentPerSeat(BigDecimal v) { equipmentPerSeat = v; }
    public BigDecimal getFacilitiesPerSeat() { return facilitiesPerSeat; }
    public void setFacilitiesPerSeat(BigDecimal v) { facilitiesPerSeat = v; }
    public BigDecimal getMaintenanceAndItPerSeat() { return maintenanceAndItPerSeat; }
    public void setMaintenanceAndItPerSeat(BigDecimal v) { maintenanceAndItPerSeat = v; }
    public BigDecimal getTelephonyAndSoftwarePerSeat() { return telephonyAndSoftwarePerSeat; }
    public void setTelephonyAndSoftwarePerSeat(BigDecimal v) { telephonyAndSoftwarePerSeat = v; }
    public Double getAgentsPerSupervisor() { return agentsPerSupervisor; }
    public void setAgentsPerSupervisor(Double v) { agentsPerSupervisor = v; }
    public BigDecimal getSupervisorAnnualCost() { return supervisorAnnualCost; }
    public void setSupervisorAnnualCost(BigDecimal v) { supervisorAnnualCost = v; }
    public BigDecimal getManagementAnnualCost() { return managementAnnualCost; }
    public void setManagementAnnualCost(BigDecimal v) { managementAnnualCost = v; }
}
