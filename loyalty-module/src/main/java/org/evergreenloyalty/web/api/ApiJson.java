package org.evergreenloyalty.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.codehaus.jackson.JsonParseException;
import org.codehaus.jackson.map.DeserializationConfig;
import org.codehaus.jackson.map.JsonMappingException;
import org.codehaus.jackson.map.ObjectMapper;
import org.codehaus.jackson.map.annotate.JsonSerialize;
import org.codehaus.jackson.type.TypeReference;
import org.evergreenloyalty.api.ApiProblem;

/**
 * The shopper API's JSON, with the Jackson 1.9 that Broadleaf 3.1 brings: request bodies are read as one JSON
 * object (numbers keep their JSON type, so {@code "500"} is not a number), views are written through their getters
 * leaving nulls out.
 */
public class ApiJson {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<Map<String, Object>>() { };
    /** Bodies larger than this are refused as malformed. */
    public static final int MAX_BODY = 64 * 1024;

    private final ObjectMapper mapper = new ObjectMapper();

    public ApiJson() {
        mapper.setSerializationInclusion(JsonSerialize.Inclusion.NON_NULL);
        mapper.configure(DeserializationConfig.Feature.USE_BIG_DECIMAL_FOR_FLOATS, true);
        mapper.configure(DeserializationConfig.Feature.USE_BIG_INTEGER_FOR_INTS, false);
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
        } catch (JsonParseException e) {
            throw new ApiProblem(400, ApiProblem.MALFORMED);
        } catch (JsonMappingException e) {
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
