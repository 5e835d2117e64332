package org.xuncha.rectification.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.xuncha.rectification.config.RectificationConfig;

/**
 * Evidence files on disk under the configured directory, one folder per case, named by the
 * evidence id (never by the uploaded name). A file is written to a temporary name and moved into
 * place, so a reader never sees half a file.
 */
@ApplicationScoped
public class EvidenceStore {

    private final Path root;

    public EvidenceStore(RectificationConfig config) {
        this.root = config.evidence().directory().toAbsolutePath().normalize();
    }

    /** What was stored: where, how big, and its SHA-256. */
    public record Stored(String storageKey, long size, String sha256) {
    }

    public Stored store(UUID caseId, UUID evidenceId, Path upload) {
        String key = caseId + "/" + evidenceId;
        Path target = root.resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), evidenceId.toString(), ".part");
            MessageDigest digest = sha256();
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(upload), digest);
                    OutputStream out = Files.newOutputStream(partial)) {
                size = in.transferTo(out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new Stored(key, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot store evidence " + evidenceId, failure);
        }
    }

    public Path locate(String storageKey) {
        Path path = root.resolve(storageKey).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Storage key outside the evidence directory: " + storageKey);
        }
        return path;
    }

    /** The SHA-256 of what is stored now, or {@code "missing"} when the file is gone. */
    public String sha256Of(String storageKey) {
        Path path = locate(storageKey);
        if (!Files.isRegularFile(path)) {
            return "missing";
        }
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot read evidence " + storageKey, failure);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public void delete(String storageKey) {
        try {
            Files.deleteIfExists(locate(storageKey));
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot delete evidence " + storageKey, failure);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("SHA-256 is not available", absent);
        }
    }
}
