package org.orewatch.kb.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One YAML file read as a node tree, so that every value keeps its line and column, and helpers
 * that read that tree strictly: every unexpected shape or field becomes a {@link Problem} naming
 * file, line and field, and reading goes on so one run reports every problem.
 *
 * <p>Scalars are read as the text written, never through YAML's implicit typing: the schema
 * decides whether {@code 1998} is a year, a number or a name.
 */
final class YamlDocument {

    private final String displayName;
    private final List<Problem> problems;

    private YamlDocument(String displayName, List<Problem> problems) {
        this.displayName = displayName;
        this.problems = problems;
    }

    /** Parses {@code file}; on a syntax error records it and returns empty. */
    static Optional<Node> parse(Path file, String displayName, List<Problem> problems) {
        LoadSettings settings = LoadSettings.builder().setLabel(displayName).setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(0).build();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Compose(settings).composeReader(reader);
        } catch (MarkedYamlEngineException syntax) {
            Mark mark = syntax.getProblemMark().or(syntax::getContextMark).orElse(null);
            SourcePosition position = mark == null ? SourcePosition.file(displayName)
                    : new SourcePosition(displayName, mark.getLine() + 1, mark.getColumn() + 1, "");
            String what = syntax.getProblem() == null ? syntax.getMessage() : syntax.getProblem();
            String context = syntax.getContext() == null ? "" : " (" + syntax.getContext() + ")";
            problems.add(Problem.error(ErrorCode.INVALID_FILE_FORMAT, position, "YAML syntax: " + what + context));
        } catch (YamlEngineException | java.io.UncheckedIOException syntax) {
            problems.add(Problem.error(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.file(displayName),
                    "YAML: " + syntax.getMessage()));
        } catch (IOException unreadable) {
            problems.add(Problem.error(ErrorCode.IO_ERROR, SourcePosition.file(displayName),
                    "cannot read: " + unreadable.getMessage()));
        }
        return Optional.empty();
    }

    static YamlDocument reader(String displayName, List<Problem> problems) {
        return new YamlDocument(displayName, problems);
    }

    String displayName() {
        return displayName;
    }

    SourcePosition position(Node node, String field) {
        Optional<Mark> mark = node == null ? Optional.empty() : node.getStartMark();
        return mark.map(m -> new SourcePosition(displayName, m.getLine() + 1, m.getColumn() + 1, field))
                .orElseGet(() -> SourcePosition.of(displayName, 0, field));
    }

    void error(ErrorCode code, Node node, String field, String message) {
        problems.add(Problem.error(code, position(node, field), message));
    }

    void warning(ErrorCode code, Node node, String field, String message) {
        problems.add(Problem.warning(code, position(node, field), message));
    }

    static boolean isNull(Node node) {
        return node == null || (node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag())
                && scalar.isPlain());
    }

    /**
     * The fields of a mapping in written order. Fields outside {@code allowed} and repeated fields
     * are reported; returns empty (after reporting) when the node is not a mapping.
     */
    Optional<Map<String, Node>> fields(Node node, String field, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            error(ErrorCode.INVALID_FILE_FORMAT, node, field, "expected a mapping of fields"
                    + (allowed.isEmpty() ? "" : " (" + String.join(", ", allowed) + ")"));
            return Optional.empty();
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                error(ErrorCode.INVALID_FILE_FORMAT, tuple.getKeyNode(), field, "a field name must be plain text");
                continue;
            }
            String key = keyNode.getValue();
            String path = field.isEmpty() ? key : field + "." + key;
            if (!allowed.isEmpty() && !allowed.contains(key)) {
                error(ErrorCode.INVALID_FILE_FORMAT, keyNode, path, "unknown field '" + key + "'; expected one of "
                        + String.join(", ", allowed));
                continue;
            }
            if (fields.containsKey(key)) {
                error(ErrorCode.INVALID_FILE_FORMAT, keyNode, path, "field '" + key + "' is given twice");
                continue;
            }
            fields.put(key, tuple.getValueNode());
        }
        return Optional.of(fields);
    }

    /** A sequence's items; a single non-sequence value is read as a one-item list when {@code single} allows. */
    List<Node> items(Node node, String field, boolean single) {
        if (isNull(node)) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (single) {
            return List.of(node);
        }
        error(ErrorCode.INVALID_FILE_FORMAT, node, field, "expected a list");
        return List.of();
    }

    /** A scalar's text, trimmed; reports and returns empty for a missing, empty or non-scalar value. */
    Optional<String> text(Node node, String field) {
        if (isNull(node)) {
            error(ErrorCode.INVALID_VALUE, node, field, "a value is required");
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar)) {
            error(ErrorCode.INVALID_VALUE, node, field, "expected a single value, not a list or mapping");
            return Optional.empty();
        }
        String value = scalar.getValue().trim();
        if (value.isEmpty()) {
            error(ErrorCode.INVALID_VALUE, node, field, "a value is required");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Like {@link #text} but absent fields are simply empty. */
    Optional<String> optionalText(Map<String, Node> fields, String key, String field) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            return Optional.empty();
        }
        return text(node, field.isEmpty() ? key : field + "." + key);
    }

    /** The list of scalars under a key: a flow list {@code [a, b]} or a single value. */
    List<String> texts(Map<String, Node> fields, String key, String field) {
        List<String> texts = new ArrayList<>();
        Node node = fields.get(key);
        for (Node item : items(node, field + "." + key, true)) {
            text(item, field + "." + key).ifPresent(texts::add);
        }
        return texts;
    }
}
