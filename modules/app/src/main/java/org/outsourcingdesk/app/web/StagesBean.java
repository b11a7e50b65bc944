package org.outsourcingdesk.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.outsourcingdesk.kernel.Stage;

/** The stages for the navigation bar. */
@Named("dashboardStages")
@ApplicationScoped
public class StagesBean {

    public List<Stage> getStages() {
        return List.of(Stage.values());
    }
}
