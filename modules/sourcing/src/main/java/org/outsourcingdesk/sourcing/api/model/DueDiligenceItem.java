package org.outsourcingdesk.sourcing.api.model;

/** The checks run on every shortlisted vendor before it may be chosen (the guide's advice on vetting a provider). */
public enum DueDiligenceItem {
    DATA_PROTECTION("Data protection", "How customer data is secured, who may see it, breach history."),
    ASSET_PROTECTION("Asset protection", "Payment data, accounts and equipment the vendor would handle."),
    REFERENCES("References contacted", "Who was called, at which company, and what they said."),
    LABOUR_LAW("Labour law and regulation", "The delivery country's labour laws and the rules that apply there."),
    CLIENT_RULES("Compliance with our rules", "Our policies, industry rules and certifications the work needs."),
    LANGUAGE("Language assessment", "The agents' proficiency in the languages customers use."),
    INCENTIVES("Incentive programme", "How representatives are rewarded, and whether it favours speed over service."),
    CALL_RECORDING("Call recording and retention", "What is recorded, how long it is kept, who may listen."),
    TURNOVER("Staff turnover", "Agent attrition and tenure, and how knowledge is kept.");

    private final String label;
    private final String guidance;

    DueDiligenceItem(String label, String guidance) {
        this.label = label;
        this.guidance = guidance;
    }

    public String label() {
        return label;
    }

    public String guidance() {
        return guidance;
    }
}
