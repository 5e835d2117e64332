package org.xuncha.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character set of an uploaded text file: UTF-8 when it starts with a byte order mark or
 * decodes as UTF-8 throughout, GB18030 (a superset of GBK, as Excel writes CSV on Chinese Windows)
 * otherwise. Reads the file once, a buffer at a time.
 */
public final class Charsets {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private Charsets() {
    }

    public static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        }
    }

    public static Charset detect(Path file) throws IOException {
        if (startsWithBom(file)) {
            return StandardCharsets.UTF_8;
        }
        return isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
    }

    public static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                boolean end = read < 0;
                if (!end) {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                var result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
                if (end) {
                    return !decoder.flush(chars).isError() && bytes.position() == 0;
                }
            }
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
