/**
 * The WAR: assembles the modules, holds the page layout, login, the dashboard and the engagement page
 * (which compose views of several modules through their query APIs), and the REST application.
 */
package org.outsourcingdesk.app;
