package org.outsourcingdesk.audit.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What this node's sealer last sealed and signed, in a file of the node's data folder (not in the
 * database it checks): one line, "position hash checkpoint". Absent on a first start.
 */
final class SealerMemory {

    private final Path file;
    private volatile ChainSealing.Known known;

    SealerMemory(Path file) {
        this.file = file;
        this.known = read(file);
    }

    ChainSealing.Known load() {
        return known;
    }

    void save(ChainSealing.Known next) {
        if (next == null || next.equals(known)) {
            return;
        }
        known = next;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, next.headIndex() + " " + next.headHash() + " " + next.checkpoint() + "\n",
                    StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the sealer's state in " + file, e);
        }
    }

    private static ChainSealing.Known read(Path file) {
        try {
            if (!Files.exists(file)) {
                return null;
            }
            String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            return new ChainSealing.Known(Long.parseLong(parts[0]), parts[1], Long.parseLong(parts[2]));
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
