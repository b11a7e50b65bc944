package org.outsourcingdesk.kernel.leak;

import org.outsourcingdesk.assessment.api.query.EngagementView;

/** Deliberately wrong (test fixture): the kernel depending on a module, which also closes a cycle. */
public class KernelThatKnowsAModule {

    public String leak(EngagementView view) {
        return view.reference();
    }
}
