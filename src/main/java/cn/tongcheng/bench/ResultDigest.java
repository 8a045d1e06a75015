package cn.tongcheng.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

import cn.tongcheng.assessment.DimensionScore;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.engine.IndicatorScore;

/**
 * A SHA-256 over what the benchmark compares of each place-year, in order: place, year, index, each dimension
 * (score, coverage, counts) and each indicator (score, status, share of the index), every number by its bits.
 * Two runs agree when their digests do; neither run's assessments need to be kept for the comparison, which at
 * township scale would not fit in memory.
 */
final class ResultDigest {
    private final MessageDigest sha;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

    ResultDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    void add(List<PlaceAssessment> assessments) {
        for (PlaceAssessment p : assessments) add(p);
    }

    void add(PlaceAssessment p) {
        text(p.place().id());
        buffer.putInt(p.year());
        number(p.index());
        buffer.putInt(p.dimensions().size());
        for (DimensionScore d : p.dimensions()) {
            room(64 + d.dimension().length() * 3);
            text(d.dimension());
            number(d.score());
            buffer.putDouble(d.coverage());
            buffer.putInt(d.indicators()).putInt(d.withData());
        }
        buffer.putInt(p.indicators().size());
        for (IndicatorScore s : p.indicators()) {
            room(64 + s.getIndicator().length() * 3);
            text(s.getIndicator());
            number(s.getScore());
            buffer.putInt(s.getStatus().ordinal());
            buffer.putDouble(s.getWeightInIndex());
        }
        flush();
    }

    /** The digest of everything added; the digest starts again. */
    byte[] finish() {
        flush();
        return sha.digest();
    }

    static boolean same(byte[] a, byte[] b) {
        return Arrays.equals(a, b);
    }

    private void text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        room(b.length + 4);
        buffer.putInt(b.length).put(b);
    }

    /** A null (no score) apart from every number. */
    private void number(Double v) {
        room(9);
        if (v == null) {
            buffer.put((byte) 0);
        } else {
            buffer.put((byte) 1).putDouble(v);
        }
    }

    private void room(int bytes) {
        if (buffer.remaining() < bytes) flush();
    }

    private void flush() {
        buffer.flip();
        sha.update(buffer);
        buffer.clear();
    }
}
