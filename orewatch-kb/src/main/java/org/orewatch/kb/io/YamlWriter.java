package org.orewatch.kb.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes JSON trees as the knowledge base's YAML style: entities as block mappings, names,
 * citations and statements as one flow mapping per line. Strings that YAML could misread are
 * written double-quoted with JSON escapes, which YAML reads the same way.
 */
final class YamlWriter {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._ ()'-]*");
    private static final java.util.Set<String> RESERVED = java.util.Set.of("null", "true", "false", "yes", "no",
            "on", "off", "~", "y", "n");

    private YamlWriter() {
    }

    static String scalar(JsonNode node) {
        if (node.isNumber() || node.isBoolean()) {
            return node.asText();
        }
        String text = node.asText();
        boolean plain = PLAIN.matcher(text).matches() && !text.endsWith(" ") && !text.contains(" #")
                && !text.contains(": ") && !RESERVED.contains(text.toLowerCase(java.util.Locale.ROOT));
        return plain ? text : quoted(text);
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** {@code {a: 1, b: [x, y], c: {d: e}}} on one line. */
    static String flow(JsonNode node) {
        if (node.isObject()) {
            StringBuilder out = new StringBuilder("{");
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(field.getKey()).append(": ").append(flow(field.getValue()));
                if (fields.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(flow(node.get(i)));
            }
            return out.append(']').toString();
        }
        return scalar(node);
    }

    /** An entity as a block mapping inside the {@code entities:} list. */
    static void entity(StringBuilder out, JsonNode entity) {
        String indent = "    ";
        boolean first = true;
        Iterator<Map.Entry<String, JsonNode>> fields = entity.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals("record")) {
                continue;
            }
            out.append(first ? "  - " : indent).append(field.getKey()).append(':');
            first = false;
            JsonNode value = field.getValue();
            if (value.isArray()) {
                out.append('\n');
                for (JsonNode item : value) {
                    out.append(indent).append("  - ").append(flow(item)).append('\n');
                }
            } else {
                out.append(' ').append(flow(value)).append('\n');
            }
        }
    }
}
