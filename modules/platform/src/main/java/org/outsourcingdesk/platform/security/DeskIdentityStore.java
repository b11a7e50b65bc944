package org.outsourcingdesk.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Users, their PBKDF2 password hashes and roles live in the product's own database (tables
 * {@code desk_user} and {@code desk_user_role}); Jakarta Security's database identity store checks
 * them. The iteration count follows OWASP's current advice for PBKDF2-HMAC-SHA256 (600,000), not
 * the specification's default of 2,048; each stored hash records its own count, so raising it later
 * leaves existing passwords valid.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/desk",
        callerQuery = "select password_hash from desk_user where username = ? and enabled = true",
        groupsQuery = "select role from desk_user_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                "Pbkdf2PasswordHash.Iterations=" + PasswordHashing.ITERATIONS,
                "Pbkdf2PasswordHash.Algorithm=" + PasswordHashing.ALGORITHM,
                "Pbkdf2PasswordHash.SaltSizeBytes=" + PasswordHashing.SALT_BYTES,
                "Pbkdf2PasswordHash.KeySizeBytes=" + PasswordHashing.KEY_BYTES
        })
public class DeskIdentityStore {
}
