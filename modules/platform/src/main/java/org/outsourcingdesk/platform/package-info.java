/**
 * The technical platform every module stands on: Axon wired by hand on Payara (no CDI extension),
 * the JTA bridge, Jackson for events, audit metadata on every message, the data source and its
 * migrations, authentication, and problem+json errors. It knows no stage module: modules plug in
 * through {@link org.outsourcingdesk.platform.axon.DeskModule}.
 */
package org.outsourcingdesk.platform;
