package org.outsourcingdesk.platform.integrity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.outsourcingdesk.integrity.SigningKeys;

/**
 * The two secrets that make the record tamper-evident (ADR 0008): the Ed25519 key that signs
 * checkpoints, and the key of the authentication code stamped on every event. In production they
 * come from configuration ({@code DESK_AUDIT_SIGNING_KEY} with the PKCS#8 private key and
 * {@code DESK_AUDIT_PUBLIC_KEY} with the public key, both PEM; {@code DESK_AUDIT_MAC_KEY}, at least
 * 32 random bytes in Base64), kept away from the database they protect. Without them (a first try, a
 * test) they are created once in the data folder, readable by the product's user only, and the
 * product says so in its log.
 */
@ApplicationScoped
public class IntegrityKeys {

    private static final Logger LOG = Logger.getLogger(IntegrityKeys.class.getName());

    @Inject
    @ConfigProperty(name = "desk.audit.signing-key")
    Optional<String> privatePem;
    @Inject
    @ConfigProperty(name = "desk.audit.public-key")
    Optional<String> publicPem;
    @Inject
    @ConfigProperty(name = "desk.audit.mac-key")
    Optional<String> macKeyBase64;
    @Inject
    @ConfigProperty(name = "desk.audit.trusted-public-keys")
    Optional<String> olderPublicKeys;
    @Inject
    @ConfigProperty(name = "desk.data.dir", defaultValue = "data")
    String dataDir;

    private PrivateKey privateKey;
    private PublicKey publicKey;
    private byte[] macKey;

    @PostConstruct
    void load() {
        loadSigningKey();
        checkPair();
        loadMacKey();
    }

    /** A configured private key and public key that are not a pair would make every checkpoint fail verification. */
    private void checkPair() {
        var probe = SigningKeys.sign(privateKey, publicKey, 0, 0, "probe", 0, java.time.Instant.EPOCH);
        if (!SigningKeys.verify(probe, publicKey)) {
            throw new IllegalStateException("DESK_AUDIT_SIGNING_KEY and DESK_AUDIT_PUBLIC_KEY are not a key pair");
        }
    }

    /**
     * The keys checkpoints may be signed with: the current one, and the public keys it replaced
     * ({@code DESK_AUDIT_TRUSTED_PUBLIC_KEYS}, PEM blocks one after the other), so that checkpoints
     * signed before a key rotation still verify.
     */
    public java.util.List<PublicKey> trustedKeys() {
        var keys = new java.util.ArrayList<PublicKey>();
        keys.add(publicKey);
        olderPublicKeys.filter(s -> !s.isBlank()).ifPresent(pems -> {
            var matcher = java.util.regex.Pattern.compile("-----BEGIN PUBLIC KEY-----[^-]*-----END PUBLIC KEY-----")
                    .matcher(pems);
            while (matcher.find()) {
                keys.add(SigningKeys.publicKey(matcher.group()));
            }
        });
        return keys;
    }

    private void loadMacKey() {
        if (macKeyBase64.filter(s -> !s.isBlank()).isPresent()) {
            macKey = java.util.Base64.getDecoder().decode(macKeyBase64.get().strip());
            return;
        }
        Path file = Path.of(dataDir, "audit-mac.key");
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new java.security.SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.getParent());
                Files.writeString(file, java.util.Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII,
                        StandardOpenOption.CREATE_NEW);
                restrict(file);
                LOG.warning("No DESK_AUDIT_MAC_KEY configured: created the event authentication key in " + file.toAbsolutePath()
                        + "; in production configure one kept away from the database (deploy/README.md)");
            }
            macKey = java.util.Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("could not create or read the event authentication key " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's permissions apply
        }
    }

    private void loadSigningKey() {
        if (privatePem.filter(s -> !s.isBlank()).isPresent()) {
            if (publicPem.filter(s -> !s.isBlank()).isEmpty()) {
                throw new IllegalStateException("DESK_AUDIT_SIGNING_KEY is set but DESK_AUDIT_PUBLIC_KEY is not; set both");
            }
            privateKey = SigningKeys.privateKey(privatePem.get());
            publicKey = SigningKeys.publicKey(publicPem.get());
            return;
        }
        Path file = Path.of(dataDir, "audit-signing-key.pem");
        try {
            if (!Files.exists(file)) {
                var pair = SigningKeys.generate();
                Files.createDirectories(file.getParent());
                Files.writeString(file, SigningKeys.privatePem(pair.getPrivate()) + SigningKeys.publicPem(pair.getPublic()),
                        StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
                restrict(file);
                LOG.warning("No DESK_AUDIT_SIGNING_KEY configured: created a checkpoint signing key in " + file.toAbsolutePath()
                        + "; in production configure one kept away from the database (deploy/README.md)");
            }
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            int split = pem.indexOf("-----BEGIN PUBLIC KEY-----");
            privateKey = SigningKeys.privateKey(pem.substring(0, split));
            publicKey = SigningKeys.publicKey(pem.substring(split));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create or read the checkpoint signing key " + file, e);
        }
    }

    /** The authentication code of events, with the configured key. */
    public org.outsourcingdesk.integrity.EventMac eventMac() {
        return new org.outsourcingdesk.integrity.EventMac(macKey);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return SigningKeys.keyId(publicKey);
    }

    public String publicPem() {
        return SigningKeys.publicPem(publicKey);
    }
}
