package org.outsourcingdesk.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.axonframework.config.Configurer;
import org.outsourcingdesk.assessment.domain.Engagement;
import org.outsourcingdesk.assessment.infrastructure.EngagementListProjection;
import org.outsourcingdesk.platform.axon.DeskModule;

/** Plugs the assessment stage into Axon: the engagement aggregate and the engagement list. */
@ApplicationScoped
public class AssessmentModule implements DeskModule {

    @Inject
    Instance<EngagementListProjection> engagementList;

    @Override
    public String name() {
        return "assessment";
    }

    @Override
    public void configure(Configurer configurer) {
        configure(configurer, engagementList.get());
    }

    /** The same wiring without CDI, for the benchmark. */
    public static void configure(Configurer configurer, EngagementListProjection engagementList) {
        configurer.configureAggregate(Engagement.class);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> engagementList));
        configurer.registerQueryHandler(c -> engagementList);
    }
}
