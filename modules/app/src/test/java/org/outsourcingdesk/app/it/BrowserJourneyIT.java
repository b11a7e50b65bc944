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

    /** The product as a first-time user gets it: demo mode with the demo journeys (an engagement in each stage). */
    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        var config = new java.util.HashMap<>(TestDatabases.freshH2());
        config.put("desk.demo.journeys", "true");
        return Deployments.productWith(config);
    }

    /** Where every event processor stands, for a failure message: which one is behind or retrying, and why. */
    private String readModels() {
        try {
            return "read models: " + Api.as(Deployments.loopback(deployed), "admin").get("api/v1/audit/read-models").body();
        } catch (Exception e) {
            return "read models unknown: " + e;
        }
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
            assertThat(history).as(this::readModels).contains("paula").contains("Procurement")
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
    void paulaAssessesThreeChannelsAndProposesOutsourcingWhichMarcApproves() throws Exception {
        var paula = Api.as(Deployments.loopback(deployed), "paula");
        var opened = paula.post("api/v1/engagements",
                "{\"name\":\"Customer care, North America\",\"businessUnit\":\"Home Appliances\",\"currency\":\"USD\"}", null);
        String id = opened.json().get("id").asText();
        String page = base() + "engagements/assessment.xhtml?id=" + id;
        try (var browser = Browser.start()) {
            browser.login(base(), "paula");
            browser.open(base() + "engagement.xhtml?id=" + id);
            browser.clickAndLoad("#openAssessment");
            browser.waitForText("#assessmentStatus", "In progress");

            // 1. demand: three channels
            String demand = "tabs:demandForm:";
            for (String channel : new String[] {"INBOUND_VOICE", "EMAIL", "CHAT"}) {
                browser.toggle(demand + channel + "_served_input");
            }
            browser.typeInto(demand + "INBOUND_VOICE_monthlyVolume", "12000");
            browser.typeInto(demand + "INBOUND_VOICE_ahtSeconds", "300");
            browser.typeInto(demand + "INBOUND_VOICE_busiestHourPercent", "14");
            browser.typeInto(demand + "EMAIL_monthlyVolume", "4000");
            browser.typeInto(demand + "EMAIL_ahtSeconds", "420");
            browser.typeInto(demand + "EMAIL_busiestHourPercent", "12");
            browser.typeInto(demand + "CHAT_monthlyVolume", "5000");
            browser.typeInto(demand + "CHAT_ahtSeconds", "480");
            browser.typeInto(demand + "CHAT_busiestHourPercent", "3");
            browser.typeInto(demand + "CHAT_concurrency", "2");
            browser.clickAndLoad("#tabs\\:demandForm\\:saveDemand");
            // a quiet busiest hour is refused beside its field, and nothing typed is lost
            browser.waitForText("#tabs\\:demandForm", "the busiest hour must carry at least an average hour's share");
            assertThat(browser.find("#tabs\\:demandForm\\:EMAIL_monthlyVolume").getAttribute("value")).isEqualTo("4000");
            browser.screenshot("10-assessment-demand-error");
            browser.typeInto(demand + "CHAT_busiestHourPercent", "15");
            browser.screenshot("11-assessment-demand", true);
            browser.clickAndLoad("#tabs\\:demandForm\\:saveDemand");

            // 2. staffing, computed at once
            browser.waitForText("#flash", "Demand profile saved");
            String staffing = browser.find("#tabs\\:staffingTable").getText();
            assertThat(staffing).contains("Inbound voice").contains("Erlang C").contains("Email").contains("Workload").contains("Chat");
            browser.screenshot("12-assessment-staffing", true);

            // 3. in-house cost
            browser.open(page + "&tab=cost");
            String cost = "tabs:baselineForm:";
            browser.typeInto(cost + "annualWagePerFte", "38000");
            browser.typeInto(cost + "trainingCostPerHire", "4000");
            browser.typeInto(cost + "equipmentPerSeat", "1200");
            browser.typeInto(cost + "facilitiesPerSeat", "4800");
            browser.typeInto(cost + "maintenanceAndItPerSeat", "1500");
            browser.typeInto(cost + "telephonyAndSoftwarePerSeat", "1800");
            browser.typeInto(cost + "supervisorAnnualCost", "65000");
            browser.typeInto(cost + "managementAnnualCost", "120000");
            browser.clickAndLoad("#tabs\\:baselineForm\\:saveBaseline");
            browser.waitForText("#flash", "Cost baseline saved");
            assertThat(browser.find("#inHouseTotal").getText()).startsWith("In total").contains("USD");
            browser.screenshot("13-assessment-cost", true);

            // 4. options, with domestic ones first
            browser.open(page + "&tab=options");
            browser.waitForText("#tabs", "United States / Canada");
            assertThat(browser.find("#rateCardVersion").getText()).isEqualTo("1");
            browser.find("#tabs canvas");
            browser.screenshot("14-assessment-options");

            // 5. factors and the recommendation's rules
            browser.open(page + "&tab=factors");
            browser.choose("tabs:factorsForm:ratings_COMPLEXITY_rating:0");
            browser.typeInto("tabs:factorsForm:ratings_COMPLEXITY_note", "Order status and returns, scripted");
            browser.choose("tabs:factorsForm:ratings_FACE_TO_FACE_rating:0");
            browser.choose("tabs:factorsForm:ratings_CUSTOMER_NEEDS_rating:2");
            browser.clickAndLoad("#tabs\\:factorsForm\\:saveFactors");
            browser.waitForText("#recommendation", "Outsource");
            assertThat(browser.find("#tabs\\:rules").getText()).contains("OutsourceOtherwise").contains("Complexity is rated low");
            browser.screenshot("15-assessment-factors", true);

            // 6. the proposal
            browser.open(page + "&tab=decision");
            browser.clickAndLoad("#tabs\\:decisionForm\\:propose");
            browser.waitForText("#tabs\\:decisionForm", "Choose the decision to propose.");
            browser.choose("tabs:decisionForm:outcome:0");
            browser.toggle("tabs:decisionForm:regions:0");
            browser.toggle("tabs:decisionForm:regions:6");
            browser.toggle("tabs:decisionForm:pricingModels:1");
            browser.typeInto("tabs:decisionForm:rationale", "Cheaper.");
            browser.clickAndLoad("#tabs\\:decisionForm\\:propose");
            browser.waitForText("#tabs\\:decisionForm", "The rationale must be at least a sentence");
            browser.typeInto("tabs:decisionForm:rationale",
                    "Dedicated agents onshore and in the Philippines cost well under in-house and cover the peaks.");
            browser.screenshot("16-assessment-propose", true);
            browser.clickAndLoad("#tabs\\:decisionForm\\:propose");
            browser.waitForText("#assessmentStatus", "Awaiting approval");
            assertThat(browser.present("#tabs\\:decisionForm\\:approve")).as("paula cannot approve her own proposal").isFalse();
            browser.waitForText("#tabs\\:decisionForm\\:ownProposal", "another approver must approve");
            var ownApproval = paula.post("api/v1/engagements/" + id + "/assessment/decision/approve", "{}", null);
            assertThat(ownApproval.status()).as("the API refuses paula too").isEqualTo(403);
            browser.logout();

            // marc approves; the engagement moves to sourcing
            browser.login(base(), "marc");
            browser.open(page + "&tab=decision");
            browser.waitForText("#proposedBy", "paula");
            browser.typeInto("tabs:decisionForm:comment", "Agreed; start with the onshore provider shortlist.");
            browser.screenshot("17-assessment-approve", true);
            browser.clickAndLoad("#tabs\\:decisionForm\\:approve");
            browser.waitForText("#assessmentStatus", "Decided");
            assertThat(browser.find("#engagementStage").getText()).isEqualTo("Sourcing");
            assertThat(browser.find("#approvedBy").getText()).isEqualTo("marc");
            browser.screenshot("18-assessment-decided", true);

            browser.open(base() + "engagement.xhtml?id=" + id);
            assertThat(browser.find("#engagementStage").getText()).isEqualTo("Sourcing");
            assertThat(browser.find("#historyForm\\:history").getText()).as(this::readModels)
                    .contains("Proposed: Outsource").contains("Approved: Outsource, proposed by paula");
        }
    }

    @Test
    void audreyReplaysAnEngagementsDecisionsAsOfThePastAndProvesTheRecord() throws Exception {
        var base = Deployments.loopback(deployed);
        var paula = Api.as(base, "paula");
        String id = paula.post("api/v1/engagements",
                "{\"name\":\"Audited engagement\",\"businessUnit\":\"Retail\",\"currency\":\"USD\"}", null).json().get("id").asText();
        String assessment = "api/v1/engagements/" + id + "/assessment";
        paula.put(assessment + "/demand", EngagementFlowContract.DEMAND);
        paula.put(assessment + "/cost-baseline", EngagementFlowContract.BASELINE);
        paula.post(assessment + "/decision/propose", "{\"outcome\": \"OUTSOURCE\", \"channels\": [\"INBOUND_VOICE\"],"
                + " \"regions\": [\"US_CA\"], \"pricingModels\": [\"DEDICATED_HOURLY\"],"
                + " \"rationale\": \"A domestic provider costs less than our own team.\"}", null);
        Api.as(base, "marc").post(assessment + "/decision/approve", "{\"comment\": \"Go\"}", null);
        try (var browser = Browser.start()) {
            browser.login(base(), "audrey");
            browser.open(base() + "engagement.xhtml?id=" + id);
            String decisions = browser.find("#historyForm\\:history").getText();
            assertThat(decisions).as(this::readModels).contains("Opened engagement").contains("Proposed: Outsource").contains("Approved: Outsource")
                    .doesNotContain("Recorded the demand profile");
            browser.screenshot("21-decision-timeline");
            browser.clickAndLoad("#showAll");
            browser.waitForText("#historyForm\\:history", "Recorded the demand profile");

            // back to the moment after the demand was recorded: no baseline, no decision, still in assessment
            browser.open(base() + "engagements/as-of.xhtml?id=" + id + "&event=2&compareEvent=5");
            browser.waitForText("#asOfStage", "Assessment");
            assertThat(browser.find("#asOfAssessment").getText()).isEqualTo("In progress");
            assertThat(browser.find("#asOfDecision").getText()).isEqualTo("none");
            assertThat(browser.find("#changes").getText()).contains("engagement.stage");
            browser.screenshot("22-as-of", true);

            browser.open(base() + "audit/events.xhtml?engagement=" + id);
            browser.waitForText("#log", "Approved: Outsource");
            browser.screenshot("23-event-log");

            browser.open(base() + "audit/integrity.xhtml");
            browser.clickAndLoad("#verifyForm\\:verify");
            browser.waitForText("#verdictText", "events verified, chain intact");

            // the dossier, taken away from the engagement page's link as an auditor does: a PDF named after the engagement
            browser.open(base() + "engagement.xhtml?id=" + id);
            String reference = browser.find("#engagementReference").getText();
            var dossier = browser.download("#dossier");
            assertThat(dossier.getFileName().toString()).isEqualTo("dossier-" + reference + ".pdf");
            byte[] pdf = java.nio.file.Files.readAllBytes(dossier);
            assertThat(pdf.length).as("a whole PDF, not an empty file").isGreaterThan(1000);
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).as("a PDF arrived").isEqualTo("%PDF-");
            assertThat(browser.driver.getCurrentUrl()).as("saved, not opened in place of the page").contains("engagement.xhtml");
        }
    }

    @Test
    void paulaRegistersAVendorWithAMistakeFirstThenFindsAndChangesIt() throws Exception {
        try (var browser = Browser.start()) {
            browser.login(base(), "paula");
            browser.clickAndLoad("#vendorsLink");
            browser.waitForText("#vendors", "Bayside Contact Solutions");

            // a vendor without its kind: refused, naming the field, and nothing typed is lost
            browser.typeInto("vendorForm:name", "Lagos Helpline Ltd");
            browser.typeInto("vendorForm:headquarters", "NG");
            browser.typeInto("vendorForm:locations:0:locationCountry", "NG");
            browser.typeInto("vendorForm:locations:0:locationCity", "Lagos");
            browser.select("vendorForm:locations:0:locationRegion", "AFRICA_MIDDLE_EAST");
            browser.typeInto("vendorForm:languages:0:languageName", "English");
            browser.select("vendorForm:languages:0:proficiency", "NATIVE");
            browser.typeInto("vendorForm:languages:1:languageName", "Yoruba");
            browser.select("vendorForm:languages:1:proficiency", "NATIVE");
            browser.toggle("vendorForm:channels:0");
            browser.toggle("vendorForm:channels:2");
            browser.typeInto("vendorForm:certifications:0:certificationName", "ISO 27001");
            browser.typeInto("vendorForm:certifications:0:expires_input", "2028-03-31");
            browser.clickAndLoad("#vendorForm\\:save");
            browser.waitForText("#flash", "kind: Choose what kind of provider the vendor is.");
            assertThat(browser.find("#vendorForm\\:name").getAttribute("value")).isEqualTo("Lagos Helpline Ltd");
            assertThat(browser.find("#vendorForm\\:languages\\:1\\:languageName").getAttribute("value")).isEqualTo("Yoruba");

            browser.select("vendorForm:formKind", "CALL_CENTER");
            browser.clickAndLoad("#vendorForm\\:save");
            browser.waitForText("#flash", "Registered Lagos Helpline Ltd.");
            browser.waitForText("#formTitle", "Lagos Helpline Ltd");
            assertThat(browser.find("#vendorForm\\:certifications\\:0\\:expires_input").getAttribute("value")).isEqualTo("2028-03-31");

            // found by region and language; then a change makes version 2
            browser.select("searchForm:region", "AFRICA_MIDDLE_EAST");
            browser.typeInto("searchForm:language", "yoruba");
            browser.clickAndLoad("#searchForm\\:search");
            browser.waitForText("#vendors", "Lagos Helpline Ltd");
            assertThat(browser.find("#vendors").getText()).doesNotContain("Bayside Contact Solutions");
            browser.typeInto("vendorForm:size", "85");
            browser.clickAndLoad("#vendorForm\\:save");
            browser.waitForText("#flash", "as version 2");
            browser.open(base() + "sourcing/vendors.xhtml");
            browser.waitForText("#vendors", "Lagos Helpline Ltd");
            browser.screenshot("24-vendors", true);
        }
    }

    @Test
    void paulaBuildsARoundWithThreeVendorsTestsScoresComparesAndProposesWhichMarcApprovesThenTheContractIsSigned() throws Exception {
        var base = Deployments.loopback(deployed);
        var paula = Api.as(base, "paula");
        String id = paula.post("api/v1/engagements",
                "{\"name\":\"Voice and email care, sourcing\",\"businessUnit\":\"Home Appliances\",\"currency\":\"USD\"}", null)
                .json().get("id").asText();
        String assessment = "api/v1/engagements/" + id + "/assessment";
        assertThat(paula.put(assessment + "/demand", EngagementFlowContract.DEMAND).status()).isEqualTo(200);
        assertThat(paula.put(assessment + "/cost-baseline", EngagementFlowContract.BASELINE).status()).isEqualTo(200);
        var proposed = paula.post(assessment + "/decision/propose", "{\"outcome\": \"OUTSOURCE\", \"channels\": [\"INBOUND_VOICE\","
                + " \"EMAIL\"], \"regions\": [\"US_CA\", \"ASIA_PHILIPPINES\"], \"pricingModels\": [\"DEDICATED_HOURLY\"],"
                + " \"rationale\": \"Dedicated agents in Manila and Tulsa cost less than our own team.\"}", null);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        assertThat(Api.as(base, "marc").post(assessment + "/decision/approve", "{\"comment\": \"Go\"}", null).status()).isEqualTo(200);
        for (int i = 0; i < 50 && paula.get("api/v1/engagements/" + id + "/sourcing").status() != 200; i++) {
            Thread.sleep(100);
        }
        var vendors = paula.get("api/v1/vendors").json();
        java.util.function.Function<String, String> vendorId = name -> java.util.stream.StreamSupport.stream(vendors.spliterator(), false)
                .filter(v -> v.get("profile").get("name").asText().equals(name)).findFirst().orElseThrow().get("vendorId").asText();
        String bayside = vendorId.apply("Bayside Contact Solutions");
        String round = base() + "sourcing/round.xhtml?id=" + id;
        try (var browser = Browser.start()) {
            browser.login(base(), "paula");
            browser.open(round);
            browser.waitForText("#roundStatus", "Open");
            for (String name : new String[] {"Bayside Contact Solutions", "Northwind Support Partners", "Kraków Care Desk"}) {
                browser.select("addForm:vendorToAdd", vendorId.apply(name));
                browser.clickAndLoad("#addForm\\:addVendor");
                browser.waitForText("#shortlistForm\\:shortlist", name);
            }
            browser.toggle("mandatoryForm:mandatory:0");
            browser.clickAndLoad("#mandatoryForm\\:saveMandatory");
            browser.waitForText("#flash", "Mandatory due-diligence items saved");

            // Bayside's file: a quote with its rate forgotten first
            browser.open(base() + "sourcing/vendor.xhtml?id=" + id + "&vendor=" + bayside);
            browser.waitForText("#vendorName", "Bayside");
            browser.select("quoteForm:channel", "EMAIL");
            browser.typeInto("quoteForm:setupFee", "5000");
            browser.clickAndLoad("#quoteForm\\:recordQuote");
            browser.waitForText("#flash", "needs its price per agent hour");
            assertThat(browser.find("#quoteForm\\:setupFee").getAttribute("value")).as("nothing typed is lost").isEqualTo("5000");
            browser.typeInto("quoteForm:ratePerHour", "9.50");
            browser.clickAndLoad("#quoteForm\\:recordQuote");
            browser.waitForText("#flash", "Quote recorded");
            assertThat(browser.find("#quotes").getText()).contains("Email").contains("Dedicated, per agent hour").contains("USD");

            // a test call and a failed mandatory check
            browser.select("callForm:callChannel", "EMAIL");
            browser.typeInto("callForm:scenario", "Refund for a kettle that arrived broken");
            browser.typeInto("callForm:waitSeconds", "5400");
            browser.typeInto("callForm:handleSeconds", "600");
            browser.typeInto("callForm:clarity", "4");
            browser.typeInto("callForm:courtesy", "5");
            browser.toggle("callForm:resolved_input");
            browser.clickAndLoad("#callForm\\:logCall");
            browser.waitForText("#flash", "Test call logged");
            assertThat(browser.find("#testCallSummary").getText()).contains("1 made").contains("100.0 % resolved");
            browser.select("checkForm:item", "DATA_PROTECTION");
            browser.select("checkForm:outcome", "FAILED");
            browser.typeInto("checkForm:evidence", "No data processing agreement offered");
            browser.clickAndLoad("#checkForm\\:recordCheck");
            browser.waitForText("#flash", "Due diligence recorded");

            // her scores: every criterion, each with a reason
            browser.select("scoreForm:myScores:0:score", "4");
            browser.clickAndLoad("#scoreForm\\:saveScores");
            browser.waitForText("#flash", "Give the reason for each score");
            int criteria = paula.get("api/v1/engagements/" + id + "/sourcing").json().get("criteria").size();
            for (int i = 0; i < criteria; i++) {
                browser.select("scoreForm:myScores:" + i + ":score", "4");
                browser.typeInto("scoreForm:myScores:" + i + ":comment", "Solid answer in the proposal");
            }
            browser.clickAndLoad("#scoreForm\\:saveScores");
            browser.waitForText("#flash", "Your scores are saved");
            assertThat(browser.find("#weightedTotal").getText()).isEqualTo("80.0 / 100");
            browser.screenshot("25-round-vendor", true);

            // side by side
            browser.open(round);
            browser.waitForText("#comparison", "Kraków Care Desk");
            String comparison = browser.find("#comparison").getText();
            assertThat(comparison).contains("80.0").contains("mandatory failed: Data protection").contains("1 of 2 channels quoted");
            browser.find("#comparisonChart canvas");
            browser.screenshot("26-round-comparison", true);

            // the proposal: a reason for each other vendor, a waiver for the failed mandatory check
            browser.select("proposeForm:selectedVendor", bayside);
            browser.typeInto("proposeForm:selectionRationale", "Within the band, a resolved test call, and the best scores.");
            browser.typeInto("proposeForm:rejections:1:rejectionReason", "No quote for email");
            browser.typeInto("proposeForm:rejections:2:rejectionReason", "No quote at all");
            browser.clickAndLoad("#proposeForm\\:propose");
            browser.waitForText("#flash", "failed the mandatory data protection check");
            browser.typeInto("proposeForm:waivers:0:waiverReason", "A data processing agreement is a condition of signature");
            browser.clickAndLoad("#proposeForm\\:propose");
            browser.waitForText("#flash", "Selection proposed");
            assertThat(browser.present("#decideForm\\:approveSelection")).as("paula cannot approve her own proposal").isFalse();
            browser.logout();

            // marc approves: the engagement moves to contracting
            browser.login(base(), "marc");
            browser.open(round);
            browser.waitForText("#selectionStatus", "awaiting an approver");
            browser.typeInto("decideForm:decisionComment", "Agreed, with the agreement signed first.");
            browser.screenshot("27-round-selection", true);
            browser.clickAndLoad("#decideForm\\:approveSelection");
            browser.waitForText("#flash", "Selection approved");
            browser.waitForText("#roundStatus", "Bayside Contact Solutions selected");
            for (int i = 0; i < 50 && !"CONTRACTING".equals(paula.get("api/v1/engagements/" + id).json().get("stage").asText()); i++) {
                Thread.sleep(100);
            }
            browser.open(base() + "engagement.xhtml?id=" + id);
            assertThat(browser.find("#engagementStage").getText()).isEqualTo("Contracting");
            browser.logout();

            // the selection drafted the contract: paula sets its term and SLAs
            browser.login(base(), "paula");
            browser.open(base() + "engagement.xhtml?id=" + id);
            for (int i = 0; i < 50 && paula.get("api/v1/engagements/" + id + "/contract").status() != 200; i++) {
                Thread.sleep(100);
            }
            browser.clickAndLoad("#openContract");
            browser.waitForText("#contractVendor", "Bayside Contact Solutions");
            assertThat(browser.find("#prices").getText()).contains("Email").contains("Dedicated, per agent hour");
            browser.select("termForm:renewal", "AUTOMATIC");
            browser.typeInto("termForm:renewalMonths", "12");
            browser.typeInto("termForm:nonRenewalNoticeDays", "90");
            browser.typeInto("termForm:convenienceNoticeDays", "60");
            // it started seven months ago, so that it is active as soon as both parties have signed, with periods to report
            var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            var started = today.minusMonths(7).withDayOfMonth(1);
            browser.typeInto("termForm:startsOn_input", started.toString());
            browser.typeInto("termForm:endsOn_input", started.plusDays(59).toString());
            browser.clickAndLoad("#termForm\\:saveTerm");
            browser.waitForText("#flash", "shorter than the term");
            // 120 days: notice not to renew (90 days) is due within 30 days, which the dashboard shows
            var lastDay = today.plusDays(119);
            browser.typeInto("termForm:endsOn_input", lastDay.toString());
            browser.clickAndLoad("#termForm\\:saveTerm");
            browser.waitForText("#flash", "Term saved");
            browser.waitForText("#termSummary", "renews automatically for 12 months unless notice is given by " + lastDay.minusDays(90));
            assertThat(browser.find("#termForm\\:renewalMonths").getAttribute("value")).isEqualTo("12");
            // service level 80 % in 20 s with a credit above the cap first, then handle time credited alone
            browser.toggle("slaForm:slas:0:included_input");
            browser.typeInto("slaForm:slas:0:target", "80");
            browser.typeInto("slaForm:slas:0:threshold", "20");
            browser.typeInto("slaForm:slas:0:credit", "12");
            browser.toggle("slaForm:slas:9:included_input");
            browser.typeInto("slaForm:slas:9:target", "360");
            browser.typeInto("slaForm:slas:9:credit", "3");
            browser.typeInto("slaForm:creditCap", "10");
            browser.clickAndLoad("#slaForm\\:saveSlas");
            browser.waitForText("#flash", "above the cap of 10");
            assertThat(browser.find("#slaForm\\:slas\\:0\\:credit").getAttribute("value")).isEqualTo("12");
            browser.typeInto("slaForm:slas:0:credit", "5");
            browser.clickAndLoad("#slaForm\\:saveSlas");
            browser.waitForText("#flash", "SLAs saved");
            browser.waitForText("#speedWarning", "paid to hurry customers");
            // governance: the liaison is required
            browser.typeInto("governanceForm:accountManager", "Jo Reyes");
            browser.typeInto("governanceForm:escalation:0:contact", "Team lead");
            browser.typeInto("governanceForm:escalation:0:hours", "4");
            browser.typeInto("governanceForm:escalation:1:contact", "Account manager");
            browser.typeInto("governanceForm:escalation:1:hours", "24");
            browser.typeInto("governanceForm:responsibilities:0:role", "Workforce planning");
            browser.select("governanceForm:responsibilities:0:party", "VENDOR");
            browser.typeInto("governanceForm:responsibilities:0:duty", "Forecasts and rosters");
            browser.clickAndLoad("#governanceForm\\:saveGovernance");
            browser.waitForText("#flash", "Name the internal liaison");
            browser.typeInto("governanceForm:liaison", "Paula Procurement");
            browser.clickAndLoad("#governanceForm\\:saveGovernance");
            browser.waitForText("#flash", "Governance saved");
            assertThat(browser.find("#governanceForm\\:escalation\\:1\\:contact").getAttribute("value")).isEqualTo("Account manager");
            browser.typeInto("dataForm:recordedShare", "100");
            browser.typeInto("dataForm:retention", "90");
            browser.typeInto("dataForm:destroyWithin", "30");
            browser.typeInto("dataForm:access", "QA team and the liaison");
            browser.typeInto("dataForm:returnAndDestruction", "Returned as CSV, then wiped with a certificate");
            browser.clickAndLoad("#dataForm\\:saveData");
            browser.waitForText("#flash", "Data terms saved");
            browser.waitForText("#workflowStatus", "Still to set before legal review: termination");
            browser.screenshot("28-contract-draft", true);
            contractIsReviewedApprovedSignedAndActive(browser, id);
            paulaImportsSixMonthsFindsTwoBreachesReconcilesAnInvoiceAndATriggerFires(browser, id, started);
            theTriggerLeadsToTerminationForCauseNoticeTransitionAndClosure(browser, id);
        }
    }

    /**
     * The ground for cause opened a review: paula readies an item, compares the options and proposes to
     * terminate for cause citing the trigger; marc (not paula) approves; the notice, a task that must be
     * done or waived, the settlement, and the service back in-house: the engagement is closed.
     */
    private void theTriggerLeadsToTerminationForCauseNoticeTransitionAndClosure(Browser browser, String id) throws Exception {
        String exitPage = base() + "exit/exit.xhtml?id=" + id;
        browser.switchTo(base(), "paula", base() + "engagement.xhtml?id=" + id);
        browser.clickAndLoad("#openExit");
        browser.waitForText("#exitStatus", "Relationship under review");
        assertThat(browser.find("#reviewReasonText").getText()).contains("A monitoring trigger").contains("Ground for cause met");
        browser.typeInto("checklistForm:checklist:0:owner", "Hanna (HR)");
        browser.typeInto("checklistForm:checklist:0:due_input", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString());
        browser.select("checklistForm:checklist:0:status", "IN_PROGRESS");
        browser.clickAndLoad("#checklistForm\\:checklist\\:0\\:save");
        browser.waitForText("#flash", "Internal staff identified saved");
        browser.waitForText("#readiness", "6");
        assertThat(browser.find("#compareForm\\:comparison").getText()).contains("Renew").contains("Terminate for convenience").contains("Let it expire")
                .contains("Hiring and training in-house");
        browser.select("compareForm:option", "TERMINATE_FOR_CAUSE");
        browser.clickAndLoad("#compareForm\\:propose");
        browser.waitForText("#flash", "Give the rationale");
        browser.typeInto("compareForm:rationale", "Service level missed two months running with no recovery plan; we take the service back in-house.");
        browser.select("compareForm:option", "TERMINATE_FOR_CAUSE");
        browser.clickAndLoad("#compareForm\\:propose");
        browser.waitForText("#flash", "Proposed");
        assertThat(browser.present("#decideForm\\:approve")).as("procurement does not approve").isFalse();
        browser.screenshot("38-exit-review", true);

        browser.switchTo(base(), "marc", exitPage);
        browser.waitForText("#proposalText", "Service level missed two months running");
        browser.clickAndLoad("#decideForm\\:approve");
        browser.waitForText("#flash", "Approved");
        browser.waitForText("#exitStatus", "Ending approved");

        browser.switchTo(base(), "paula", exitPage);
        var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        browser.typeInto("noticeForm:endsOn_input", today.minusDays(1).toString());
        browser.clickAndLoad("#noticeForm\\:serveNotice");
        browser.waitForText("#flash", "The earliest possible end is " + today);
        browser.typeInto("noticeForm:endsOn_input", today.toString());
        browser.clickAndLoad("#noticeForm\\:serveNotice");
        browser.waitForText("#noticeText", "the service ends on " + today);
        browser.typeInto("taskForm:taskDescription", "Port the numbers to our carrier");
        browser.typeInto("taskForm:taskOwner", "Ivo (telecoms)");
        browser.typeInto("taskForm:taskDueOn_input", today.plusDays(7).toString());
        browser.clickAndLoad("#taskForm\\:addTask");
        browser.waitForText("#tasks", "Port the numbers to our carrier");
        browser.typeInto("settlementForm:lastInvoice", "INV-0412");
        browser.typeInto("settlementForm:credits", "380");
        browser.typeInto("settlementForm:finalAmount", "3610");
        browser.clickAndLoad("#settlementForm\\:settle");
        browser.waitForText("#settlementText", "last invoice INV-0412");
        browser.clickAndLoad("#completeForm\\:complete");
        browser.waitForText("#flash", "Transition tasks are still open");
        browser.clickAndLoad("#tasks button[id$='done']");
        browser.waitForText("#flash", "Task done");
        browser.screenshot("39-exit-transition", true);
        browser.clickAndLoad("#completeForm\\:complete");
        browser.waitForText("#flash", "Exit complete");
        browser.waitForText("#completionText", "back in-house");
        browser.screenshot("40-exit-completed", true);
        var paula = Api.as(Deployments.loopback(deployed), "paula");
        for (int i = 0; i < 50 && !"CLOSED".equals(paula.get("api/v1/engagements/" + id).json().get("stage").asText()); i++) {
            Thread.sleep(100);
        }
        browser.open(base() + "engagement.xhtml?id=" + id);
        assertThat(browser.find("#engagementStage").getText()).isEqualTo("Closed");
        browser.waitForText("#historyForm\\:history", "the service is back in-house");
        assertThat(browser.find("#historyForm\\:history").getText()).as(this::readModels).contains("Proposed to terminate for cause")
                .contains("Approved to terminate for cause").contains("Served notice");
        browser.screenshot("41-closed-engagement-decisions", true);
    }

    /**
     * Six months of KPIs from a CSV file (a file with a wrong line first: nothing imported); the service level
     * breached in the third and fourth month, each credited 5 % of the month's 3,800; two in a row are a ground
     * for cause; the fourth month's invoice bills 20 hours more and no credit.
     */
    private void paulaImportsSixMonthsFindsTwoBreachesReconcilesAnInvoiceAndATriggerFires(Browser browser, String id,
                                                                                        java.time.LocalDate started) throws Exception {
        browser.switchTo(base(), "paula", base() + "engagement.xhtml?id=" + id);
        browser.clickAndLoad("#openMonitoring");
        browser.waitForText("#monitoringVendor", "Bayside Contact Solutions");
        String header = "period_start,channel,offered,handled,abandoned,answered_in_threshold,handle_seconds,billed_hours,complaints\n";
        var good = new StringBuilder(header);
        int[] inTime = {860, 840, 700, 690, 850, 830};
        for (int m = 0; m < 6; m++) {
            good.append(started.plusMonths(m)).append(",EMAIL,1000,950,50,").append(inTime[m]).append(",340,400,3\n");
        }
        var wrong = java.nio.file.Files.createTempFile("kpis-wrong", ".csv");
        java.nio.file.Files.writeString(wrong, good.toString().replaceFirst(",950,50,860,", ",990,50,860,"));
        browser.upload("importForm:csvFile", wrong);
        browser.clickAndLoad("#importForm\\:importCsv");
        browser.waitForText("#flash", "Nothing was imported");
        assertThat(browser.find("#importProblems").getText()).contains("AbandonedPlusHandledWithinOffered").contains("abandoned");
        browser.screenshot("34-monitoring-import-error", true);
        var file = java.nio.file.Files.createTempFile("kpis", ".csv");
        java.nio.file.Files.writeString(file, good.toString());
        browser.upload("importForm:csvFile", file);
        browser.clickAndLoad("#importForm\\:importCsv");
        browser.waitForText("#flash", "Imported 6 period(s)");
        browser.waitForText("#periodCount", "6");
        browser.waitForText("#totalCredits", "380.00");
        assertThat(browser.find("#periods").getText()).contains("credit 190.00").contains("70.0 %");
        assertThat(browser.present("#chart-SERVICE_LEVEL canvas")).as("a chart per KPI").isTrue();
        assertThat(browser.present("#creditsChart canvas")).isTrue();
        assertThat(browser.find("#triggers").getText()).contains("A ground for termination for cause is met")
                .contains("breached in 2 consecutive periods").contains(started.plusMonths(3).toString());
        browser.screenshot("35-monitoring-dashboard", true);

        browser.typeInto("invoiceForm:invoiceNumber", "INV-0412");
        browser.select("invoiceForm:invoicePeriod", started.plusMonths(3).toString());
        browser.typeInto("invoiceForm:billedHours", "420");
        browser.typeInto("invoiceForm:invoiceAmount", "3990");
        browser.typeInto("invoiceForm:invoiceCurrency", "EUR");
        browser.clickAndLoad("#invoiceForm\\:recordInvoice");
        browser.waitForText("#flash", "needs the rate that converts");
        browser.typeInto("invoiceForm:invoiceCurrency", "USD");
        browser.clickAndLoad("#invoiceForm\\:recordInvoice");
        browser.waitForText("#flash", "INV-0412 recorded and reconciled");
        // expected 3,800 - 190 = 3,610; invoiced 3,990: 20 hours more (190) and the credit not deducted (190)
        assertThat(browser.find("#invoices").getText()).contains("3610.00").contains("380.00")
                .contains("Billed 420 hours, measured 400").contains("credits of 190.00 USD are not deducted");
        browser.screenshot("36-monitoring-invoice", true);
        browser.clickAndLoad("#brand");
        browser.waitForText("#openTriggers", "A ground for termination for cause is met");
        assertThat(browser.find("#openTriggers").getText()).contains("Bayside Contact Solutions");
        browser.screenshot("37-dashboard-open-triggers");

        // audrey reads the monitoring and its exports, and finds nothing to change
        browser.switchTo(base(), "audrey", base() + "monitoring/monitoring.xhtml?id=" + id);
        browser.waitForText("#periodCount", "6");
        assertThat(browser.present("#exportKpis")).isTrue();
        assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector("button, input[type=submit], input[type=file]")))
                .as("the only button an auditor sees on the monitoring page is Log out")
                .allSatisfy(button -> assertThat(button.getAttribute("id")).isEqualTo("logoutForm:logout"));
    }

    /** paula completes and submits the draft; lena asks for a change, then passes it; marc approves; both sign; it is active. */
    private void contractIsReviewedApprovedSignedAndActive(Browser browser, String id) throws Exception {
        String contractPage = base() + "contracting/contract.xhtml?id=" + id;
        browser.select("terminationForm:triggers:0:kind", "SLA_BREACH_CONSECUTIVE");
        browser.select("terminationForm:triggers:0:metric", "SERVICE_LEVEL");
        browser.typeInto("terminationForm:triggers:0:breached", "2");
        browser.select("terminationForm:triggers:1:kind", "DATA_BREACH");
        browser.typeInto("terminationForm:fees:0:fromMonth", "1");
        browser.typeInto("terminationForm:fees:0:fee", "60000");
        browser.typeInto("terminationForm:fees:1:fromMonth", "3");
        browser.typeInto("terminationForm:fees:1:fee", "15000");
        browser.typeInto("terminationForm:liabilityCap", "1000000");
        browser.typeInto("terminationForm:feeCap", "50000");
        browser.typeInto("terminationForm:exitMonths", "6");
        browser.typeInto("terminationForm:exitAssistance", "Knowledge transfer, call flows and recordings handed over");
        browser.clickAndLoad("#terminationForm\\:saveTermination");
        browser.waitForText("#flash", "above the cap on termination fees of 50000");
        assertThat(browser.find("#terminationForm\\:fees\\:1\\:fee").getAttribute("value")).as("the form kept").isEqualTo("15000");
        browser.typeInto("terminationForm:fees:0:fee", "40000");
        browser.clickAndLoad("#terminationForm\\:saveTermination");
        browser.waitForText("#flash", "Termination terms saved");
        browser.waitForText("#workflowStatus", "Every section is set");
        browser.clickAndLoad("#submitForm\\:submit");
        browser.waitForText("#flash", "Submitted for legal review");
        browser.waitForText("#contractStatus", "In legal review");
        assertThat(browser.present("#termForm\\:saveTerm")).as("no editing in review").isFalse();

        // lena asks for a change first
        browser.switchTo(base(), "lena", contractPage);
        browser.waitForText("#workflowStatus", "Submitted by paula");
        browser.clickAndLoad("#verdictForm\\:legalChanges");
        browser.waitForText("#flash", "Say what must change");
        browser.typeInto("verdictForm:comment", "Cap liability at the annual fee, not a million");
        browser.screenshot("29-contract-legal-review", true);
        browser.clickAndLoad("#verdictForm\\:legalChanges");
        browser.waitForText("#flash", "Sent back to draft");
        browser.waitForText("#reviews", "Cap liability at the annual fee");
        browser.switchTo(base(), "paula", contractPage);
        browser.waitForText("#contractStatus", "Draft");
        browser.typeInto("terminationForm:liabilityCap", "400000");
        browser.clickAndLoad("#terminationForm\\:saveTermination");
        browser.waitForText("#flash", "Termination terms saved");
        browser.clickAndLoad("#submitForm\\:submit");
        browser.waitForText("#flash", "Submitted for legal review");
        browser.switchTo(base(), "lena", contractPage);
        browser.typeInto("verdictForm:comment", "Fine now");
        browser.clickAndLoad("#verdictForm\\:passLegal");
        browser.waitForText("#flash", "Legal review passed");

        // marc, who neither drafted nor reviewed it, approves
        browser.switchTo(base(), "marc", contractPage);
        browser.waitForText("#workflowStatus", "Legal review passed (lena)");
        browser.clickAndLoad("#verdictForm\\:approve");
        browser.waitForText("#flash", "Contract approved");

        // paula records both signatures: the contract starts today, so it is active, and the engagement in monitoring
        browser.switchTo(base(), "paula", contractPage);
        browser.waitForText("#contractStatus", "Approved");
        browser.select("signatureForm:party", "CLIENT");
        browser.typeInto("signatureForm:signatory", "Dana Whitfield");
        browser.clickAndLoad("#signatureForm\\:sign");
        browser.waitForText("#flash", "Signature recorded");
        browser.select("signatureForm:party", "VENDOR");
        browser.typeInto("signatureForm:signatory", "Jo Reyes");
        browser.typeInto("signatureForm:signedOn_input", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3).toString());
        browser.clickAndLoad("#signatureForm\\:sign");
        browser.waitForText("#flash", "today or earlier");
        browser.typeInto("signatureForm:signedOn_input", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        browser.clickAndLoad("#signatureForm\\:sign");
        browser.waitForText("#flash", "Signature recorded");
        browser.waitForText("#contractStatus", "Active");
        assertThat(browser.find("#signatures").getText()).contains("Dana Whitfield").contains("Jo Reyes");
        browser.screenshot("30-contract-active", true);
        var paula = Api.as(Deployments.loopback(deployed), "paula");
        for (int i = 0; i < 50 && !"MONITORING".equals(paula.get("api/v1/engagements/" + id).json().get("stage").asText()); i++) {
            Thread.sleep(100);
        }
        browser.open(base() + "engagement.xhtml?id=" + id);
        assertThat(browser.find("#engagementStage").getText()).isEqualTo("Monitoring");
        assertThat(browser.find("#historyForm\\:history").getText()).as(this::readModels).contains("Passed the contract's legal review")
                .contains("is active from");
        browser.clickAndLoad("#brand");
        browser.waitForText("#deadlines", "Notice not to renew");
        assertThat(browser.find("#deadlines").getText()).contains("Within 30 days").contains("Bayside Contact Solutions");
        browser.screenshot("31-dashboard-deadlines", true);

        // an amendment: a lower hourly rate from today; lena passes it, marc approves it; versions 1 and 2 compared
        var beforeAmendment = java.time.Instant.now();
        browser.open(contractPage);
        browser.typeInto("amendForm:amendRates:0:perHour", "9.1");
        browser.clickAndLoad("#amendForm\\:propose");
        browser.waitForText("#flash", "Say why the contract changes");
        browser.typeInto("amendForm:amendReason", "Volumes doubled; the vendor lowers its hourly rate from today");
        browser.clickAndLoad("#amendForm\\:propose");
        browser.waitForText("#flash", "Amendment proposed");
        browser.waitForText("#pendingAmendment", "in legal review");
        browser.switchTo(base(), "lena", contractPage);
        browser.clickAndLoad("#verdictForm\\:passLegal");
        browser.waitForText("#flash", "Legal review passed");
        browser.switchTo(base(), "marc", contractPage);
        browser.waitForText("#pendingAmendment", "awaiting an approver");
        browser.clickAndLoad("#verdictForm\\:approve");
        browser.waitForText("#flash", "approved");
        browser.waitForText("#versions", "Volumes doubled");
        assertThat(browser.find("#diff").getText()).contains("rate per hour").contains("9.5 USD").contains("9.1 USD");
        browser.screenshot("32-contract-versions", true);
        browser.logout();

        // audrey moves the "as of" time back to before the amendment: version 1, at the old rate
        browser.login(base(), "audrey");
        browser.open(base() + "engagements/as-of.xhtml?id=" + id + "&at=" + beforeAmendment);
        browser.waitForText("#asOfContract", "version 1");
        assertThat(browser.find("#asOfContract").getText()).contains("active with Bayside Contact Solutions").contains("9.5 an hour");
        browser.screenshot("33-as-of-older-contract-version", true);
        browser.open(base() + "engagements/as-of.xhtml?id=" + id);
        browser.waitForText("#asOfContract", "version 2");
        assertThat(browser.find("#asOfContract").getText()).contains("9.1 an hour");
    }

    /**
     * The demo's Asia-Pacific contract, in monitoring: paula opens a review by hand after a documented
     * data breach, proposes to terminate for cause with a new sourcing round; marc approves; notice,
     * settlement, completion; the same engagement is in sourcing again, in round 2, and keeps round 1.
     */
    @Test
    void paulaEndsAContractForADocumentedBreachAndANewSourcingRoundOpens() throws Exception {
        var paula = Api.as(Deployments.loopback(deployed), "paula");
        String id = null;
        for (var e : paula.get("api/v1/engagements").json()) {
            if (e.get("name").asText().equals("Technical support, Asia-Pacific")) {
                id = e.get("id").asText();
            }
        }
        assertThat(id).as("the demo's engagement in monitoring").isNotNull();
        String exitPage = base() + "exit/exit.xhtml?id=" + id;
        var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        try (var browser = Browser.start()) {
            browser.login(base(), "paula");
            browser.waitForText("#exits", "Technical support, Asia-Pacific");
            browser.open(exitPage);
            browser.waitForText("#exitStatus", "Exit plan kept ready");
            browser.clickAndLoad("#openReviewForm\\:openReview");
            browser.waitForText("#flash", "Say why the relationship is reviewed");
            browser.typeInto("openReviewForm:reviewReason", "The vendor reported a breach of customer data on " + today.minusDays(3));
            browser.clickAndLoad("#openReviewForm\\:openReview");
            browser.waitForText("#flash", "Review opened");
            browser.select("compareForm:path", "NEW_SOURCING_ROUND");
            browser.typeInto("compareForm:roundCost", "15000");
            browser.clickAndLoad("#compareForm\\:compare");
            browser.waitForText("#compareForm\\:comparison", "A new sourcing round");
            browser.select("compareForm:option", "TERMINATE_FOR_CAUSE");
            browser.typeInto("compareForm:rationale", "A breach of customer data is a ground for cause; we go back to market.");
            browser.typeInto("compareForm:evidence", "Breach notice from the vendor dated " + today.minusDays(3) + ", incident INC-2231");
            browser.select("compareForm:path", "NEW_SOURCING_ROUND");
            browser.clickAndLoad("#compareForm\\:propose");
            browser.waitForText("#flash", "Proposed");
            browser.switchTo(base(), "marc", exitPage);
            browser.clickAndLoad("#decideForm\\:approve");
            browser.waitForText("#exitStatus", "Ending approved");
            browser.switchTo(base(), "paula", exitPage);
            browser.clickAndLoad("#noticeForm\\:serveNotice");
            browser.waitForText("#flash", "The earliest possible end is " + today);
            browser.typeInto("noticeForm:endsOn_input", today.toString());
            browser.clickAndLoad("#noticeForm\\:serveNotice");
            browser.waitForText("#noticeText", "the service ends on " + today);
            browser.typeInto("settlementForm:lastInvoice", "INV-AP-0007");
            browser.typeInto("settlementForm:credits", "0");
            browser.typeInto("settlementForm:finalAmount", "26093");
            browser.clickAndLoad("#settlementForm\\:settle");
            browser.waitForText("#settlementText", "INV-AP-0007");
            browser.select("completeForm:completionPath", "NEW_SOURCING_ROUND");
            browser.clickAndLoad("#completeForm\\:complete");
            browser.waitForText("#completionText", "a new sourcing round");
            browser.screenshot("42-exit-new-round", true);
            for (int i = 0; i < 50 && !"SOURCING".equals(paula.get("api/v1/engagements/" + id).json().get("stage").asText()); i++) {
                Thread.sleep(100);
            }
            browser.open(base() + "sourcing/round.xhtml?id=" + id);
            browser.waitForText("#roundNumber", "2");
            assertThat(browser.find("#roundChannels").getText()).contains("Inbound voice").contains("Email");
            browser.screenshot("43-new-round-after-exit", true);
            java.util.List<String> history = java.util.List.of();
            for (int i = 0; i < 50 && history.stream().filter("SourcingRoundOpenedEvent"::equals).count() < 2; i++) {
                history = paula.get("api/v1/engagements/" + id + "/history").json().findValuesAsText("type");
                Thread.sleep(100);
            }
            assertThat(history.stream().filter("SourcingRoundOpenedEvent"::equals).count()).as("both rounds in the history").isEqualTo(2);
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
            try {
                browser.waitForText("#historyForm\\:history", "Opened engagement");
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError(readModels(), e);
            }
            assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector("button, input[type=submit]")))
                    .as("the only button an auditor sees is Log out")
                    .allSatisfy(button -> assertThat(button.getAttribute("id")).isEqualTo("logoutForm:logout"));

            browser.clickAndLoad("#openAssessment");
            browser.waitForText("#assessmentStatus", "In progress");
            assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector("button, input[type=submit]")))
                    .as("no button on the assessment page either")
                    .allSatisfy(button -> assertThat(button.getAttribute("id")).isEqualTo("logoutForm:logout"));
            browser.open(base() + "assessment/rate-card.xhtml");
            browser.waitForText("#rateCardVersion", "1");
            assertThat(browser.present("#rateCardForm\\:revise")).as("only administrators revise the rate card").isFalse();
            browser.open(base() + "sourcing/vendors.xhtml");
            browser.waitForText("#vendors", "Bayside Contact Solutions");
            assertThat(browser.present("#vendorForm\\:save") || browser.present("#importForm\\:import"))
                    .as("an auditor reads the registry and keeps none of it").isFalse();

            // the demo's engagements further on: a sourcing round under way; a closed one with its contract and its exit
            var demo = new java.util.HashMap<String, String>();
            for (var e : Api.as(Deployments.loopback(deployed), "audrey").get("api/v1/engagements").json()) {
                demo.put(e.get("name").asText(), e.get("id").asText());
            }
            String inSourcing = demo.get("Customer care for the Nordics");
            String closed = demo.get("Order hotline, United Kingdom");
            assertThat(inSourcing).as("the demo's engagement in sourcing").isNotNull();
            assertThat(closed).as("the demo's closed engagement").isNotNull();
            browser.open(base() + "sourcing/round.xhtml?id=" + inSourcing);
            browser.waitForText("#roundNumber", "1");
            browser.find("#comparison");
            assertNothingToChange(browser, "sourcing round page");
            browser.clickAndLoad(".desk-vendor-file");
            browser.find("#vendorName");
            assertNothingToChange(browser, "page of a vendor in the round");
            browser.open(base() + "contracting/contract.xhtml?id=" + closed);
            browser.waitForText("#contractStatus", "Ended"); // its exit was completed
            browser.find("#versions");
            assertNothingToChange(browser, "contract page", "compare"); // Compare only shows two versions side by side
            browser.open(base() + "exit/exit.xhtml?id=" + closed);
            browser.waitForText("#exitStatus", "Completed");
            browser.waitForText("#completionText", "back in-house");
            assertNothingToChange(browser, "exit page");

            // the auditor proves the record unchanged
            browser.open(base() + "audit/integrity.xhtml");
            browser.clickAndLoad("#verifyForm\\:verify");
            browser.waitForText("#verdictText", "events verified, chain intact");
            assertThat(browser.find("#keyId").getText())
                    .isEqualTo(org.outsourcingdesk.integrity.SigningKeys.keyId(Deployments.SIGNING_KEYS.getPublic()));
            browser.screenshot("20-integrity");

            browser.open(base() + "engagements/new.xhtml");
            browser.waitForText("body", "Not allowed");
        }
    }

    /**
     * The page shows an auditor no button that changes anything: the only ones that can be pressed (file
     * choosers included; hidden ones too, a panel may show them) are Log out and those named, which only
     * show something. A disabled one (a read-only date picker's month buttons) cannot be pressed.
     */
    private static void assertNothingToChange(Browser browser, String page, String... showingOnly) {
        var allowed = new java.util.ArrayList<>(java.util.List.of(showingOnly));
        allowed.add("logoutForm:logout");
        assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector("button, input[type=submit], input[type=file]"))
                .stream().filter(button -> button.isEnabled() && !String.valueOf(button.getAttribute("class")).contains("ui-state-disabled")).toList())
                .as("the only button an auditor can press on the " + page + " is Log out")
                .allSatisfy(button -> assertThat(button.getAttribute("id"))
                        .as(button.getAttribute("outerHTML")).isIn(allowed));
    }
}
