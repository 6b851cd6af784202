package org.orewatch.lists.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;
import org.orewatch.lists.SourceFile;

/** Reads a list file once while computing its SHA-256 and size, so the hash is of the bytes parsed. */
final class HashingInput implements AutoCloseable {

    private final Path path;
    private final MessageDigest digest;
    private final DigestInputStream stream;
    private long bytes;

    private HashingInput(Path path, InputStream in) {
        this.path = path;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        this.stream = new DigestInputStream(new java.io.BufferedInputStream(in, 1 << 16), digest) {
            @Override
            public int read() throws IOException {
                int read = super.read();
                if (read >= 0) {
                    bytes++;
                }
                return read;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    bytes += read;
                }
                return read;
            }
        };
    }

    static HashingInput open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new OrewatchException(ErrorCode.FILE_NOT_FOUND, SourcePosition.file(path.toString()), "file not found");
        }
        try {
            return new HashingInput(path, Files.newInputStream(path));
        } catch (IOException failure) {
            throw new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(path.toString()),
                    "cannot read: " + failure.getMessage(), failure);
        }
    }

    /** The bytes to parse; closing it (as some parsers do at the end of a document) leaves the hash readable. */
    InputStream stream() {
        return new java.io.FilterInputStream(stream) {
            @Override
            public void close() {
                // finish() still reads the rest; close() of this HashingInput closes the file.
            }
        };
    }

    /** Reads what the parser left (trailing bytes after the document) so the hash covers the whole file. */
    SourceFile finish() throws IOException {
        byte[] rest = new byte[8192];
        while (stream.read(rest) >= 0) {
            // Only hashing.
        }
        return new SourceFile(path.getFileName().toString(), HexFormat.of().formatHex(digest.digest()), bytes);
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException ignored) {
            // Closing a file we only read cannot lose data.
        }
    }
}
