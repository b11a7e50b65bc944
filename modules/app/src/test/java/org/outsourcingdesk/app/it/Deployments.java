package org.outsourcingdesk.app.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Deployments for the in-container tests: the WAR exactly as {@code mvn package} built it, plus one
 * small jar whose MicroProfile Config (with a higher ordinal) points it at the test's database.
 */
final class Deployments {

    private Deployments() {
    }

    static WebArchive productWith(Map<String, String> config) {
        var war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("desk.war", "target/ROOT.war")));
        String properties = "config_ordinal=500\n" + config.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n")) + "\n";
        var testConfig = ShrinkWrap.create(JavaArchive.class, "it-config.jar")
                .addAsManifestResource(new StringAsset(properties), "microprofile-config.properties");
        return war.addAsLibrary(testConfig);
    }

    /** Payara Micro may report the network card's address; the tests talk to loopback only. */
    static URI loopback(URL deployed) {
        return URI.create("http://127.0.0.1:" + deployed.getPort() + "/");
    }
}
