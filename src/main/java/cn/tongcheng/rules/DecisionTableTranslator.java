package cn.tongcheng.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.tongcheng.facts.DecodedText;
import cn.tongcheng.facts.TextDecoder;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Turns a spreadsheet decision table ({@code .drl.csv}, {@code .drl.xlsx}, {@code .drl.xls}) into DRL with
 * Drools' own compiler. CSV text is decoded first (UTF-8, with or without BOM, or GBK) so that tables
 * saved by Excel or WPS on a Chinese desktop read correctly.
 */
final class DecisionTableTranslator {

    static boolean isTable(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".drl.csv") || n.endsWith(".drl.xlsx") || n.endsWith(".drl.xls");
    }

    /** @throws TableException when the bytes are not a table Drools can read */
    static String toDrl(String fileName, byte[] bytes) {
        boolean csv = fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
        byte[] input = bytes;
        if (csv) {
            DecodedText text = TextDecoder.decode(bytes, null)
                    .orElseThrow(() -> new TableException("encoding"));
            input = text.text().getBytes(StandardCharsets.UTF_8);
        } else {
            input = cn.tongcheng.facts.CellText.withPercentagesShown(bytes); // 35 % is 35, as in fact files
        }
        try {
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(input),
                    csv ? InputType.CSV : InputType.XLS);
            if (drl == null || drl.isBlank()) throw new TableException("empty");
            return drl;
        } catch (TableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TableException(String.valueOf(e.getMessage()));
        }
    }

    /** A table that could not be turned into DRL; the message is Drools' or a short code. */
    static final class TableException extends RuntimeException {
        TableException(String message) {
            super(message);
        }
    }
}
