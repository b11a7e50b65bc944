package org.outsourcingdesk.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** People using the product in a real browser: an analyst opens an engagement; an auditor can change nothing. */
@ExtendWith(ArquillianExtension.class)
class BrowserJourneyIT {

    @ArquillianResource
    URL deployed;

    @BeforeAll
    static void needsChromium() {
        Browser.requireChromium();
    }

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        return Deployments.productWith(TestDatabases.freshH2());
    }

    private String base() {
        return Deployments.loopback(deployed).toString();
    }

    @Test
    void paulaOpensAnEngagementAndSeesItOnTheDashboardAndInItsHistory() throws Exception {
        try (var browser = Browser.start()) {
            browser.open(base());
            browser.find("#loginForm\\:username");
            assertThat(browser.driver.getCurrentUrl()).as("unauthenticated visitors go to the login page").contains("login.xhtml");
            browser.screenshot("01-login");

            browser.type("#loginForm\\:username", "paula");
            browser.type("#loginForm\\:password", "wrong password");
            browser.clickAndLoad("#loginForm\\:submit");
            browser.waitForText("#loginForm\\:messages", "Unknown user name or wrong password");

            browser.login(base(), "paula");
            browser.waitForText("#dashboardTitle", "All engagements");
            assertThat(browser.find("#currentUser").getText()).contains("paula");
            assertThat(browser.find("#currentRoles").getText()).contains("Procurement");

            browser.clickAndLoad("#newEngagement");
            browser.clickAndLoad("#engagementForm\\:open");
            browser.waitForText("#engagementForm", "Give the engagement a name.");
            browser.screenshot("02-open-engagement-error");

            browser.type("#engagementForm\\:name", "Tier-1 phone support EMEA");
            browser.type("#engagementForm\\:businessUnit", "Consumer Electronics");
            browser.screenshot("03-open-engagement");
            browser.clickAndLoad("#engagementForm\\:open");

            String reference = browser.find("#engagementReference").getText();
            assertThat(reference).matches("ENG-\\d{4}-\\d{4,}");
            assertThat(browser.find("#engagementName").getText()).isEqualTo("Tier-1 phone support EMEA");
            assertThat(browser.find("#engagementStage").getText()).isEqualTo("Assessment");
            String history = browser.find("#historyForm\\:history").getText();
            assertThat(history).contains("paula").contains("Procurement")
                    .contains("Opened engagement " + reference).contains("EngagementOpenedEvent");
            browser.find("#historyForm\\:history details summary").click();
            browser.waitForText("#historyForm\\:history", "Correlation id");
            browser.screenshot("04-engagement-history");

            browser.clickAndLoad("#brand");
            browser.waitForText("#engagementsForm\\:engagements", reference);
            assertThat(browser.find("#engagementsForm\\:engagements").getText()).contains("Assessment").contains("paula");
            browser.screenshot("05-dashboard");

            browser.logout();
            browser.find("#loggedOut");
            assertThat(browser.driver.getCurrentUrl()).contains("login.xhtml");
        }
    }

    @Test
    void audreyTheAuditorReadsEverythingButFindsNoWayToChangeAnything() throws Exception {
        Api.as(Deployments.loopback(deployed), "paula").post("api/v1/engagements",
                "{\"name\":\"Email support for the US\",\"businessUnit\":\"Home Appliances\",\"currency\":\"USD\"}", null);
        try (var browser = Browser.start()) {
            browser.login(base(), "audrey");
            browser.waitForText("#engagementsForm\\:engagements", "Email support for the US");
            assertThat(browser.find("#currentRoles").getText()).isEqualTo("Auditor");
            assertThat(browser.present("#newEngagement")).as("no button to open an engagement").isFalse();
            browser.screenshot("06-auditor-dashboard");

            browser.driver.findElement(org.openqa.selenium.By.linkText(
                    browser.find("#engagementsForm\\:engagements .desk-ref").getText())).click();
            browser.waitForText("#historyForm\\:history", "Opened engagement");
            assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector("button, input[type=submit]")))
                    .as("the only button an auditor sees is Log out")
                    .allSatisfy(button -> assertThat(button.getAttribute("id")).isEqualTo("logoutForm:logout"));

            browser.open(base() + "engagements/new.xhtml");
            browser.waitForText("body", "Not allowed");
        }
    }
}
