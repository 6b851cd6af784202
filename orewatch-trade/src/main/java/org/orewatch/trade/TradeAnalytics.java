package org.orewatch.trade;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;

/**
 * Trade analytics over files: reads and checks them with the embedded engine, then applies the
 * methods ({@link MirrorMethod}, {@link VintageCombination}). Every error the input can cause comes
 * out as an {@link OrewatchException} naming file, line (or Parquet row) and column.
 */
public final class TradeAnalytics implements AutoCloseable {

    private static final List<TradeField> FLOW_FIELDS = List.of(TradeField.YEAR, TradeField.REPORTER, TradeField.PARTNER,
            TradeField.FLOW, TradeField.HS_CODE, TradeField.VALUE, TradeField.NET_WEIGHT_KG, TradeField.QUANTITY,
            TradeField.QUANTITY_UNIT, TradeField.QUANTITY_UNIT_NAME, TradeField.PARTNER2, TradeField.PARTNER2_CODE,
            TradeField.CUSTOMS, TradeField.TRANSPORT_MODE, TradeField.SUPPLY_MODE, TradeField.CLASSIFICATION,
            TradeField.FREQUENCY, TradeField.PERIOD, TradeField.ORIGINAL_CLASSIFICATION);

    private static final List<TradeField> FLOW_KEY = List.of(TradeField.YEAR, TradeField.REPORTER, TradeField.PARTNER,
            TradeField.FLOW, TradeField.HS_CODE);

    private static final List<TradeField> EDITION_FIELDS = List.of(TradeField.SOURCE, TradeField.PUBLISHED, TradeField.YEAR,
            TradeField.PARTNER, TradeField.HS_CODE, TradeField.FLOW, TradeField.VALUE, TradeField.QUANTITY_T);

    private static final List<TradeField> EDITION_KEY = List.of(TradeField.SOURCE, TradeField.PUBLISHED, TradeField.YEAR,
            TradeField.PARTNER, TradeField.HS_CODE, TradeField.FLOW);

    private final TradeDatabase database;
    private final TradeAreas areas;

    public TradeAnalytics(TradeDatabase.Settings settings, TradeAreas areas) {
        this.database = new TradeDatabase(settings);
        this.areas = areas;
    }

    public TradeAnalytics() {
        this(TradeDatabase.Settings.defaults(), TradeAreas.bundled());
    }

    public TradeDatabase database() {
        return database;
    }

    public TradeAreas areas() {
        return areas;
    }

    /** Opens a file and recognises its format from the header. */
    public TradeFile open(Path path) {
        return TradeFile.open(database, path);
    }

    /** Mirror statistics of a country's exports from a UN Comtrade file. */
    public MirrorMethod.Result mirror(Path path, MirrorMethod.Options options) {
        if (areas.isAggregate(options.country())) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, options.country() + " is an aggregate ("
                    + areas.nameOf(options.country()) + "), not a country whose exports partners record");
        }
        TradeFile file = open(path);
        requireFormat(file, EnumSet.of(TradeFileFormat.COMTRADE_CURRENT, TradeFileFormat.COMTRADE_LEGACY),
                "mirror statistics read UN Comtrade files" + (file.format() == TradeFileFormat.SOURCE_TABLE
                        ? "; this is a source table: use trade combine" : ""));
        TradeFileScanner scanner = new TradeFileScanner(database, file);
        String imports = FlowDirection.importCodes(file.format()).stream().map(TradeDatabase::quote).collect(Collectors.joining(", "));
        String filter = "upper(" + TradeFileScanner.alias(TradeField.PARTNER) + ") = " + TradeDatabase.quote(options.country())
                + " AND upper(" + TradeFileScanner.alias(TradeField.FLOW) + ") IN (" + imports + ")"
                + (options.partner() == null ? "" : " AND upper(" + TradeFileScanner.alias(TradeField.REPORTER) + ") = "
                        + TradeDatabase.quote(options.partner()));
        List<TradeField> fields = FLOW_FIELDS.stream().filter(file::has).toList();
        List<TradeFileScanner.ScannedRow> scanned = scanner.scan(fields, filter);
        List<FlowRecord> records = new ArrayList<>(scanned.size());
        for (int i = 0; i < scanned.size(); i++) {
            records.add(flowRecord(i, file.format(), scanned.get(i)));
        }
        try {
            return new MirrorMethod(areas).compute(options, records);
        } catch (ConflictingRecordsException conflict) {
            throw conflictError(scanner, scanned, conflict, FLOW_KEY);
        }
    }

    /** The report's combination of editions, from a source table. */
    public List<CombinedYear> combine(Path path, VintageCombination.Options options) {
        TradeFile file = open(path);
        requireFormat(file, EnumSet.of(TradeFileFormat.SOURCE_TABLE),
                "the combination rule reads a source table (source, published, year, partner, hs, flow, value_usd)"
                        + (file.format() == TradeFileFormat.PRICE_SERIES ? "" : "; for a UN Comtrade file use trade mirror"));
        TradeFileScanner scanner = new TradeFileScanner(database, file);
        List<TradeField> fields = EDITION_FIELDS.stream().filter(file::has).toList();
        List<TradeFileScanner.ScannedRow> scanned = scanner.scan(fields, "TRUE");
        List<EditionRecord> records = new ArrayList<>(scanned.size());
        for (int i = 0; i < scanned.size(); i++) {
            TradeFileScanner.ScannedRow row = scanned.get(i);
            String published = row.get(TradeField.PUBLISHED);
            ValueRule.DATE.problem(published).ifPresent(problem -> {
                throw scanner.problemAt(row, TradeField.PUBLISHED, problem);
            });
            String partner = row.get(TradeField.PARTNER).toUpperCase(Locale.ROOT);
            // Comtrade's code for World (W00) means what source tables write as WLD: all partners.
            if (partner.equals("W00")) {
                partner = EditionRecord.ALL_PARTNERS;
            }
            records.add(new EditionRecord(i, row.get(TradeField.SOURCE), published, year(row),
                    partner, row.get(TradeField.HS_CODE).toUpperCase(Locale.ROOT),
                    FlowDirection.of(file.format(), row.get(TradeField.FLOW)), Double.parseDouble(row.get(TradeField.VALUE)),
                    optionalNumber(row.get(TradeField.QUANTITY_T))));
        }
        try {
            return new VintageCombination().combine(options, records);
        } catch (ConflictingRecordsException conflict) {
            throw conflictError(scanner, scanned, conflict, EDITION_KEY);
        }
    }

    /** A reference price series. */
    public ReferencePrices prices(Path path) {
        TradeFile file = open(path);
        requireFormat(file, EnumSet.of(TradeFileFormat.PRICE_SERIES), "reference prices are a CSV with hs, year, price_usd_per_t");
        TradeFileScanner scanner = new TradeFileScanner(database, file);
        List<TradeFileScanner.ScannedRow> scanned = scanner.scan(
                List.of(TradeField.HS_CODE, TradeField.YEAR, TradeField.PRICE_USD_PER_T), "TRUE");
        List<ReferencePrices.Price> prices = new ArrayList<>();
        for (TradeFileScanner.ScannedRow row : scanned) {
            prices.add(new ReferencePrices.Price(row.get(TradeField.HS_CODE), year(row),
                    Double.parseDouble(row.get(TradeField.PRICE_USD_PER_T))));
        }
        return new ReferencePrices(prices);
    }

    private static void requireFormat(TradeFile file, Set<TradeFileFormat> accepted, String message) {
        if (!accepted.contains(file.format())) {
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.file(file.name()),
                    "this is a " + file.format().description() + "; " + message);
        }
    }

    private static FlowRecord flowRecord(int origin, TradeFileFormat format, TradeFileScanner.ScannedRow row) {
        FlowRecord.Breakdown breakdown = new FlowRecord.Breakdown(
                row.get(TradeField.PARTNER2).toUpperCase(Locale.ROOT), row.get(TradeField.PARTNER2_CODE),
                row.get(TradeField.CUSTOMS).toUpperCase(Locale.ROOT), row.get(TradeField.TRANSPORT_MODE),
                row.get(TradeField.SUPPLY_MODE));
        FlowRecord.Series series = new FlowRecord.Series(row.get(TradeField.CLASSIFICATION).toUpperCase(Locale.ROOT),
                row.get(TradeField.ORIGINAL_CLASSIFICATION), row.get(TradeField.FREQUENCY).toUpperCase(Locale.ROOT),
                periodOf(row));
        return new FlowRecord(origin, year(row), row.get(TradeField.REPORTER).toUpperCase(Locale.ROOT),
                row.get(TradeField.PARTNER).toUpperCase(Locale.ROOT), FlowDirection.of(format, row.get(TradeField.FLOW)),
                row.get(TradeField.HS_CODE).toUpperCase(Locale.ROOT), Double.parseDouble(row.get(TradeField.VALUE)),
                optionalNumber(row.get(TradeField.NET_WEIGHT_KG)), optionalNumber(row.get(TradeField.QUANTITY)),
                integerText(row.get(TradeField.QUANTITY_UNIT)), row.get(TradeField.QUANTITY_UNIT_NAME), breakdown, series);
    }

    /** The period as YYYY or YYYYMM; Comtrade writes annual periods as the year. */
    private static String periodOf(TradeFileScanner.ScannedRow row) {
        String period = integerText(row.get(TradeField.PERIOD));
        return period.length() == 6 ? period : String.valueOf(year(row));
    }

    /** "8.0" (a number column read as text) and "8" are the same code. */
    private static String integerText(String value) {
        return value.endsWith(".0") ? value.substring(0, value.length() - 2) : value;
    }

    private static int year(TradeFileScanner.ScannedRow row) {
        return (int) Double.parseDouble(row.get(TradeField.YEAR));
    }

    private static Double optionalNumber(String text) {
        return text.isEmpty() ? null : Double.parseDouble(text);
    }

    private static OrewatchException conflictError(TradeFileScanner scanner, List<TradeFileScanner.ScannedRow> scanned,
            ConflictingRecordsException conflict, List<TradeField> key) {
        List<TradeFileScanner.ScannedRow> rows = conflict.origins().stream().map(scanned::get).toList();
        List<TradeField> present = key.stream().filter(scanner.file()::has).toList();
        List<String> positions = scanner.positionsOf(rows, present);
        int line = scanner.firstLineOf(rows, present);
        TradeFile.Column value = scanner.file().columnOf(TradeField.VALUE);
        return new OrewatchException(ErrorCode.CONFLICTING_STATE,
                new SourcePosition(scanner.file().name(), line, value.position(), value.name()),
                conflict.getMessage() + (positions.isEmpty() ? "" : " [" + String.join(", ", positions) + "]"));
    }

    @Override
    public void close() {
        database.close();
    }
}
