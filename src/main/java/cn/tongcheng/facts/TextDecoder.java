package cn.tongcheng.facts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a text file without garbling it: a byte-order mark decides; otherwise strict
 * UTF-8; otherwise the encoding the detector (juniversalchardet) recognises, e.g. GBK as saved by Excel
 * or WPS on a Chinese desktop. When nothing fits, it says so instead of guessing.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    /** @param forced the encoding the user named with {@code --encoding}, or null to detect */
    public static Optional<DecodedText> decode(byte[] bytes, Charset forced) {
        if (forced != null) return strict(bytes, 0, forced, false);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strict(bytes, 3, StandardCharsets.UTF_8, true);
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(bytes, 2, StandardCharsets.UTF_16LE, true);
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(bytes, 2, StandardCharsets.UTF_16BE, true);
        Optional<DecodedText> utf8 = strict(bytes, 0, StandardCharsets.UTF_8, false);
        if (utf8.isPresent()) return utf8;
        return detected(bytes).flatMap(cs -> strict(bytes, 0, cs, false));
    }

    /**
     * The line of the first control character that no text file holds (NUL, the C0 controls other than
     * tab, line feed, form feed and carriage return, and the C1 controls), or 0 when there is none: such
     * a file is binary, or text in an encoding it was not decoded from (UTF-16 without byte-order mark).
     */
    public static int binaryLine(String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') line++;
            else if ((c < 0x20 && c != '\t' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F)) return line;
        }
        return 0;
    }

    private static Optional<Charset> detected(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || !Charset.isSupported(name)) return Optional.empty();
        Charset cs = Charset.forName(name);
        // GB18030 is a superset of GBK and GB2312: decode with it so that rarer characters survive.
        if (name.startsWith("GB")) cs = Charset.forName("GB18030");
        return Optional.of(cs);
    }

    private static Optional<DecodedText> strict(byte[] bytes, int offset, Charset cs, boolean bom) {
        try {
            String text = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            if (!bom && !text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
            return Optional.of(new DecodedText(text, cs.name(), bom));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
