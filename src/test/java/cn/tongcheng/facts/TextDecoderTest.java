package cn.tongcheng.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "地区,年份\n嘉善县,2016\n平湖市,2015\n海宁市,2014\n";

    @Test
    void decodesUtf8Utf16AndGbkWithoutGarbling() {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), null).orElseThrow().text());
        byte[] le = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertEquals(TEXT, TextDecoder.decode(withBom, null).orElseThrow().text());
        DecodedText gbk = TextDecoder.decode(TEXT.getBytes(Charset.forName("GBK")), null).orElseThrow();
        assertEquals(TEXT, gbk.text());
        assertEquals("GB18030", gbk.charset());
    }

    @Test
    void refusesToGuessWhenTheNamedEncodingDoesNotFit() {
        assertTrue(TextDecoder.decode(TEXT.getBytes(Charset.forName("GBK")), StandardCharsets.UTF_8).isEmpty());
    }
}
