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

    public String hash(char[] password) {
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
        return hash.generate(password);
    }
}
