package org.evergreenloyalty.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.evergreenloyalty.api.ApiProblem;

/**
 * The shopper API's JSON, with the Jackson 2 that Broadleaf 6 brings (the 3.1 line's class of the same name uses
 * Jackson 1.9; both behave alike): request bodies are read as one JSON
 * object (numbers keep their JSON type, so {@code "500"} is not a number), views are written through their getters
 * leaving nulls out.
 */
public class ApiJson {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<Map<String, Object>>() { };
    /** Bodies larger than this are refused as malformed. */
    public static final int MAX_BODY = 64 * 1024;

    private final ObjectMapper mapper = new ObjectMapper();

    public ApiJson() {
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
        mapper.configure(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS, false);
        // Jackson 1.9 wrote a view without properties as {}; Jackson 2 refuses it unless told
        mapper.configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
    }

    /** The JSON object of {@code in}; a 400 problem when it is empty, not JSON, not an object or too large. */
    public Map<String, Object> readObject(InputStream in) throws IOException {
        return readObject(readBody(in));
    }

    /** The bytes of a request body, at most one more than the largest body accepted. */
    public byte[] readBody(InputStream in) throws IOException {
        return readBody(in, MAX_BODY);
    }

    /** The bytes of a request body, at most {@code max} + 1 (more than {@code max}: too large). */
    public byte[] readBody(InputStream in, int max) throws IOException {
        return readAtMost(in, max + 1);
    }

    /** The JSON object of {@code bytes}; a 400 problem when it is empty, not JSON, not an object or too large. */
    public Map<String, Object> readObject(byte[] bytes) throws IOException {
        if (bytes.length == 0 || bytes.length > MAX_BODY) {
            throw new ApiProblem(400, ApiProblem.MALFORMED);
        }
        try {
            Map<String, Object> body = mapper.readValue(bytes, OBJECT);
            if (body == null) {
                throw new ApiProblem(400, ApiProblem.MALFORMED);
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new ApiProblem(400, ApiProblem.MALFORMED);
        }
    }

    /** {@code value} as JSON text. */
    public String text(Object value) throws IOException {
        return mapper.writeValueAsString(value);
    }

    /** Writes {@code value} as JSON. */
    public void write(OutputStream out, Object value) throws IOException {
        mapper.writeValue(out, value);
    }

    /** Parses JSON text into maps and lists (for tests and the OpenAPI document). */
    public Object parse(String json) throws IOException {
        return mapper.readValue(json, Object.class);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        int n;
        while (buf.size() < limit && (n = in.read(chunk, 0, Math.min(chunk.length, limit - buf.size()))) > 0) {
            buf.write(chunk, 0, n);
        }
        return buf.toByteArray();
    }
}
