package org.orewatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;

/** Writes command results as JSON for scripts (the {@code --json} flag of every query command). */
public final class JsonOutput {

    /** Record components become snake_case keys; absent values are left out. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private JsonOutput() {
    }

    public static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException failure) {
            throw new OrewatchException(ErrorCode.INTERNAL_ERROR, null, "cannot write JSON: " + failure.getMessage(), failure);
        }
    }
}
