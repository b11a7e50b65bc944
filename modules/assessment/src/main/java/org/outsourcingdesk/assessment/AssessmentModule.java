package org.outsourcingdesk.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.outsourcingdesk.assessment.domain.Engagement;
import org.outsourcingdesk.assessment.domain.ratecard.ExchangeRates;
import org.outsourcingdesk.assessment.domain.ratecard.RateCard;
import org.outsourcingdesk.assessment.infrastructure.AssessmentWorksheetProjection;
import org.outsourcingdesk.assessment.infrastructure.EngagementListProjection;
import org.outsourcingdesk.assessment.infrastructure.ReferenceDataProjection;
import org.outsourcingdesk.platform.axon.DeskModule;

/**
 * Plugs the assessment stage into Axon: the engagement aggregate (with its assessment), the rate
 * card and exchange rates, the engagement list, the assessment worksheet and the reference data.
 */
@ApplicationScoped
public class AssessmentModule implements DeskModule {

    @Inject
    Instance<EngagementListProjection> engagementList;
    @Inject
    Instance<AssessmentWorksheetProjection> worksheets;
    @Inject
    Instance<ReferenceDataProjection> referenceData;

    @Override
    public String name() {
        return "assessment";
    }

    @Override
    public java.util.List<org.axonframework.serialization.upcasting.event.EventUpcaster> upcasters() {
        return java.util.List.of(new org.outsourcingdesk.assessment.infrastructure.upcasting.DecisionFiguresCodesUpcaster());
    }

    @Override
    public java.util.Map<String, java.util.List<String>> readModels() {
        return java.util.Map.of(EngagementListProjection.PROCESSING_GROUP, java.util.List.of("assessment_engagement"),
                AssessmentWorksheetProjection.PROCESSING_GROUP, java.util.List.of("assessment_worksheet"),
                ReferenceDataProjection.PROCESSING_GROUP, java.util.List.of("assessment_rate_card", "assessment_exchange_rate"));
    }

    @Override
    public void configure(Configurer configurer) {
        configure(configurer, engagementList.get());
        configurer.configureAggregate(RateCard.class);
        configurer.configureAggregate(ExchangeRates.class);
        var worksheet = worksheets.get();
        var reference = referenceData.get();
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> worksheet)
                .registerEventHandler(c -> reference));
        configurer.registerQueryHandler(c -> worksheet);
        configurer.registerQueryHandler(c -> reference);
    }

    /** The same wiring without CDI, for the benchmark. */
    public static void configure(Configurer configurer, EngagementListProjection engagementList) {
        configurer.configureAggregate(Engagement.class);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> engagementList));
        configurer.registerQueryHandler(c -> engagementList);
    }
}
