package cn.tongcheng.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One cache file: a magic, the key as text, an HMAC-SHA256 of key and payload under the user's secret, and the
 * payload (the serialised packages). Only an entry whose MAC is good is read any further: a truncated, corrupt,
 * or foreign file (one not written by this user's Tongcheng, such as one copied in with a rules folder) fails.
 */
final class CacheEntry {
    private static final byte[] MAGIC = "TCKBASE1".getBytes(StandardCharsets.US_ASCII);
    private static final int MAC_LENGTH = 32;

    /** The header of a file: its key, or empty when the file is not an entry at all. */
    record Header(CacheKey key, int payloadAt) {
    }

    private CacheEntry() {
    }

    static byte[] encode(CacheKey key, byte[] payload, byte[] secret) {
        byte[] keyBytes = key.text().getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 4 + keyBytes.length + MAC_LENGTH + payload.length);
        b.put(MAGIC).putInt(keyBytes.length).put(keyBytes).put(mac(secret, keyBytes, payload)).put(payload);
        return b.array();
    }

    static Optional<Header> header(byte[] file) {
        if (file.length < MAGIC.length + 4 || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) return Optional.empty();
        int keyLength = ByteBuffer.wrap(file, MAGIC.length, 4).getInt();
        int keyAt = MAGIC.length + 4;
        if (keyLength <= 0 || keyLength > 4096 || keyAt + keyLength + MAC_LENGTH > file.length) return Optional.empty();
        try {
            CacheKey key = CacheKey.parse(new String(file, keyAt, keyLength, StandardCharsets.UTF_8));
            return Optional.of(new Header(key, keyAt + keyLength + MAC_LENGTH));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The payload of an entry whose MAC is good under this secret, else empty. */
    static Optional<byte[]> payload(byte[] file, Header header, byte[] secret) {
        int macAt = header.payloadAt() - MAC_LENGTH;
        int keyAt = MAGIC.length + 4;
        byte[] keyBytes = Arrays.copyOfRange(file, keyAt, macAt);
        byte[] payload = Arrays.copyOfRange(file, header.payloadAt(), file.length);
        byte[] stored = Arrays.copyOfRange(file, macAt, header.payloadAt());
        return MessageDigest.isEqual(stored, mac(secret, keyBytes, payload)) ? Optional.of(payload) : Optional.empty();
    }

    private static byte[] mac(byte[] secret, byte[] keyBytes, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(ByteBuffer.allocate(4).putInt(keyBytes.length).array());
            mac.update(keyBytes);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
