package org.outsourcingdesk.kernel;

/** An event that can say in one sentence what happened: the event log and the histories show it. */
public interface DescribedEvent {

    /** One readable sentence, in the past tense, built from the event's own data. */
    String summary();
}
