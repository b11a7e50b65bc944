package org.outsourcingdesk.integrity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The offline verification: {@code java -jar desk-verify.jar <export.jsonl> <public-key.pem> [older keys]}.
 * Needs nothing but a Java 21+ runtime, the export and the public key the product publishes at
 * {@code /api/v1/audit/public-key}. Prints what it found; exits 0 when the chain is intact up to a
 * checkpoint whose signature holds, 1 when it is broken, 2 when it could not verify (a missing file,
 * a key that is not a key), 3 when no signed checkpoint was verified (nothing proven yet).
 */
public final class VerifyExport {

    private VerifyExport() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: java -jar desk-verify.jar <export.jsonl> <public-key.pem> [<older-public-key.pem> ...]");
            System.exit(2);
        }
        try {
            Path export = Path.of(args[0]);
            var keys = new java.util.ArrayList<java.security.PublicKey>();
            for (int i = 1; i < args.length; i++) {
                keys.add(SigningKeys.publicKey(Files.readString(Path.of(args[i]), StandardCharsets.US_ASCII)));
            }
            var key = keys.get(0);
            var header = ExportFormat.header(export);
            if (!ExportFormat.FORMAT.equals(header.get(0))) {
                System.err.println(args[0] + " is not an Outsourcing Desk export (format '" + header.get(0) + "')");
                System.exit(2);
            }
            System.out.println("Export " + export + ", verified with key " + SigningKeys.keyId(key)
                    + (header.get(1).equals(SigningKeys.keyId(key)) ? "" : " (the export names key " + header.get(1) + ")"));
            var result = ExportFormat.verify(export, keys, n -> System.err.print("\r" + n + " positions checked"));
            System.err.println();
            System.out.println(result.summary());
            if (!result.intact()) {
                System.out.println("First break: " + result.firstBreak().kind() + " at index " + result.firstBreak().globalIndex());
                System.exit(1);
            }
            if (result.intactUpToCheckpoint() == null) {
                // links alone can be recomputed by anyone: without a signature they prove nothing
                System.out.println("No signed checkpoint was verified: the chain is consistent, but that alone does not"
                        + " prove it unchanged. Export again after the next checkpoint.");
                System.exit(3);
            }
            System.out.println("Proven up to position " + result.intactUpToIndex() + " by checkpoint "
                    + result.intactUpToCheckpoint() + "; positions after it are consistent but not yet signed.");
            System.exit(0);
        } catch (Exception e) {
            System.err.println("Could not verify: " + e.getMessage());
            System.exit(2);
        }
    }
}
