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

    /** The checkpoint signing key of every test deployment, so that tests can verify with its public half. */
    static final java.security.KeyPair SIGNING_KEYS = org.outsourcingdesk.integrity.SigningKeys.generate();

    static WebArchive productWith(Map<String, String> database) {
        var war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("desk.war", "target/ROOT.war")));
        var config = new java.util.TreeMap<>(database);
        // each deployment its own data folder: the sealer keeps what it sealed there, per database
        try {
            config.putIfAbsent("desk.data.dir", java.nio.file.Files.createTempDirectory("desk-it-data").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        config.put("desk.audit.signing-key", oneLine(org.outsourcingdesk.integrity.SigningKeys.privatePem(SIGNING_KEYS.getPrivate())));
        config.put("desk.audit.public-key", oneLine(org.outsourcingdesk.integrity.SigningKeys.publicPem(SIGNING_KEYS.getPublic())));
        // tests need not wait a minute for a rolled-back position, nor half a minute for a checkpoint
        config.put("desk.audit.gap-timeout-seconds", "1");
        config.put("desk.audit.checkpoint-seconds", "1");
        String properties = "config_ordinal=500\n" + config.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n")) + "\n";
        var testConfig = ShrinkWrap.create(JavaArchive.class, "it-config.jar")
                .addAsManifestResource(new StringAsset(properties), "microprofile-config.properties");
        return war.addAsLibrary(testConfig);
    }

    private static String oneLine(String pem) {
        return pem.replace("\n", "\\n");
    }

    /** Payara Micro may report the network card's address; the tests talk to loopback only. */
    static URI loopback(URL deployed) {
        return URI.create("http://127.0.0.1:" + deployed.getPort() + "/");
    }
}
