package cn.tongcheng.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.fileupload.MultipartStream;
import org.apache.commons.fileupload.ParameterParser;

/**
 * A {@code multipart/form-data} post from a plain HTML form, already read (and size-limited) by the app: its text
 * fields and its one file, parsed with Commons FileUpload's {@link MultipartStream}.
 */
record Upload(Map<String, String> fields, String fileName, byte[] file) {

    /** The post, or empty when it is not multipart or is malformed. */
    static Optional<Upload> parse(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) return Optional.empty();
        ParameterParser params = new ParameterParser();
        params.setLowerCaseNames(true);
        String boundary = params.parse(contentType, new char[] {';', ','}).get("boundary");
        if (boundary == null || boundary.isEmpty()) return Optional.empty();
        Map<String, String> fields = new LinkedHashMap<>();
        String fileName = null;
        byte[] file = null;
        try {
            MultipartStream stream = new MultipartStream(new ByteArrayInputStream(body), boundary.getBytes(StandardCharsets.ISO_8859_1),
                    8192, null);
            stream.setHeaderEncoding(StandardCharsets.UTF_8.name());
            boolean next = stream.skipPreamble();
            while (next) {
                Map<String, String> disposition = disposition(stream.readHeaders());
                ByteArrayOutputStream part = new ByteArrayOutputStream();
                stream.readBodyData(part);
                String name = disposition.getOrDefault("name", "");
                if (disposition.containsKey("filename")) {
                    if (file == null) {
                        fileName = disposition.get("filename");
                        file = part.toByteArray();
                    }
                } else {
                    fields.put(name, part.toString(StandardCharsets.UTF_8));
                }
                next = stream.readBoundary();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new Upload(fields, fileName == null ? "" : fileName, file == null ? new byte[0] : file));
    }

    /** The parameters of a part's {@code Content-Disposition} header. */
    private static Map<String, String> disposition(String headers) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("content-disposition")) {
                ParameterParser params = new ParameterParser();
                params.setLowerCaseNames(true);
                return params.parse(line.substring(colon + 1), ';');
            }
        }
        return Map.of();
    }
}
