package org.outsourcingdesk.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/** Ed25519 keys as PEM text, their ids, and signing and checking checkpoints. */
public final class SigningKeys {

    private static final String ALGORITHM = "Ed25519";

    private SigningKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ runtime", e);
        }
    }

    /** A short, stable name of a public key: the first 16 hex digits of SHA-256 of its encoding. */
    public static String keyId(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded())).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Checkpoint sign(PrivateKey key, PublicKey publicKey, long number, long upToIndex, String headHash,
                                  long links, Instant signedAt) {
        var unsigned = new Checkpoint(number, upToIndex, headHash, links, signedAt, keyId(publicKey), null);
        try {
            var signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(unsigned.signedText());
            return new Checkpoint(number, upToIndex, headHash, links, signedAt, unsigned.keyId(),
                    Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign checkpoint " + number, e);
        }
    }

    /** Whether the checkpoint carries a valid signature by this key. */
    public static boolean verify(Checkpoint checkpoint, PublicKey key) {
        if (checkpoint.signature() == null || !keyId(key).equals(checkpoint.keyId())) {
            return false;
        }
        try {
            var signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(checkpoint.signedText());
            return signature.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static String publicPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    public static String privatePem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    public static PublicKey publicKey(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(decode(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in PEM: " + e.getMessage(), e);
        }
    }

    public static PrivateKey privateKey(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(decode(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 private key in PKCS#8 PEM: " + e.getMessage(), e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    private static byte[] decode(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
