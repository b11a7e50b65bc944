package org.outsourcingdesk.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Starts the platform with the web application; a failure here fails the deployment. */
@WebListener
public class PlatformStartupListener implements ServletContextListener {

    @Inject
    PlatformStartup startup;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startup.start();
    }
}
