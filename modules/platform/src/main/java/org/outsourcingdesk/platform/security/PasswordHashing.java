package org.outsourcingdesk.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Makes password hashes with the same parameters the identity store verifies them with. */
@ApplicationScoped
public class PasswordHashing {

    /** OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA256. */
    static final String ITERATIONS = "600000";
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final String SALT_BYTES = "32";
    static final String KEY_BYTES = "32";

    @Inject
    Pbkdf2PasswordHash hash;

    private volatile boolean initialized;
    private volatile String decoy;

    public String hash(char[] password) {
        initialize();
        return hash.generate(password);
    }

    /** Verifies against a hash of no account, costing what a real verification costs; the answer is ignored. */
    public void spendVerificationTime(char[] password) {
        initialize();
        if (decoy == null) {
            decoy = hash.generate("no account has this password".toCharArray());
        }
        hash.verify(password, decoy);
    }

    private void initialize() {
        if (!initialized) {
            synchronized (this) {
                hash.initialize(Map.of(
                        "Pbkdf2PasswordHash.Iterations", ITERATIONS,
                        "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                        "Pbkdf2PasswordHash.SaltSizeBytes", SALT_BYTES,
                        "Pbkdf2PasswordHash.KeySizeBytes", KEY_BYTES));
                initialized = true;
            }
        }
    }
}
