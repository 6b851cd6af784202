package org.orewatch.trade;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;

/**
 * Finds the line of a problem in a CSV file. The engine reads CSV in parallel and does not number
 * its rows, so when it reports that some row is bad (or that two rows conflict), this reads the
 * file once more from the top, in Java, and stops at the first record that fails the same rules.
 * Only error paths pay for this second read.
 */
final class CsvProblemLocator {

    /** A record found: its starting line and its fields by meaning. */
    record Located(long line, Map<TradeField, String> values) {
    }

    private final TradeFile file;

    CsvProblemLocator(TradeFile file) {
        if (file.container() != TradeFile.Container.CSV) {
            throw new IllegalArgumentException("not a CSV file: " + file);
        }
        this.file = file;
    }

    /**
     * The first invalid record: one that does not split into the header's columns, or whose value
     * breaks its field's {@link ValueRule}. Empty when every record is valid.
     */
    Optional<OrewatchException> firstProblem() {
        try (BufferedReader reader = TradeFile.textReader(file.path(), file.gzip());
                CsvRecordReader records = new CsvRecordReader(reader, file.delimiter(), file.name())) {
            records.next();
            int width = file.columns().size();
            long lastLine = 1;
            while (true) {
                CsvRecordReader.CsvRecord record;
                try {
                    record = records.next();
                } catch (CharacterCodingException e) {
                    return Optional.of(new OrewatchException(ErrorCode.INVALID_FILE_FORMAT,
                            SourcePosition.of(file.name(), (int) lastLine + 1, ""),
                            "not UTF-8 text at or after this line; save the file as UTF-8 CSV"));
                }
                if (record == null) {
                    return Optional.empty();
                }
                lastLine = record.line();
                List<String> fields = record.fields();
                if (fields.size() == 1 && fields.get(0).isEmpty()) {
                    continue;
                }
                if (fields.size() != width) {
                    return Optional.of(new OrewatchException(ErrorCode.INVALID_FILE_FORMAT,
                            new SourcePosition(file.name(), (int) record.line(), Math.min(fields.size(), width) + 1, ""),
                            "this line has " + fields.size() + " fields; the header has " + width));
                }
                for (TradeFile.Column column : file.columns()) {
                    Optional<TradeField> field = file.format().fieldOf(TradeFileFormat.normalize(column.name()));
                    if (field.isEmpty()) {
                        continue;
                    }
                    Optional<ValueRule> rule = ValueRule.of(file.format(), field.get());
                    if (rule.isEmpty()) {
                        continue;
                    }
                    Optional<String> problem = rule.get().problem(fields.get(column.position() - 1));
                    if (problem.isPresent()) {
                        return Optional.of(new OrewatchException(ErrorCode.INVALID_VALUE,
                                new SourcePosition(file.name(), (int) record.line(), column.position(), column.name()),
                                problem.get()));
                    }
                }
            }
        } catch (CsvRecordReader.MalformedRecordException e) {
            return Optional.of(new OrewatchException(ErrorCode.INVALID_FILE_FORMAT,
                    SourcePosition.of(file.name(), (int) e.line(), ""), e.getMessage().substring(e.getMessage().indexOf(": ") + 2)));
        } catch (IOException e) {
            throw new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(file.name()), "cannot read: " + e.getMessage(), e);
        }
    }

    /** The records, in file order, whose trimmed field values satisfy {@code test}; at most {@code limit}. */
    List<Located> find(Predicate<Map<TradeField, String>> test, int limit) {
        List<Located> found = new java.util.ArrayList<>();
        try (BufferedReader reader = TradeFile.textReader(file.path(), file.gzip());
                CsvRecordReader records = new CsvRecordReader(reader, file.delimiter(), file.name())) {
            records.next();
            for (CsvRecordReader.CsvRecord record = records.next(); record != null && found.size() < limit; record = records.next()) {
                if (record.fields().size() != file.columns().size()) {
                    continue;
                }
                Map<TradeField, String> values = new EnumMap<>(TradeField.class);
                for (TradeFile.Column column : file.columns()) {
                    String text = record.fields().get(column.position() - 1).strip();
                    file.format().fieldOf(TradeFileFormat.normalize(column.name())).ifPresent(f -> values.put(f, text));
                }
                if (test.test(values)) {
                    found.add(new Located(record.line(), values));
                }
            }
        } catch (IOException e) {
            throw new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(file.name()), "cannot read: " + e.getMessage(), e);
        }
        return found;
    }
}
