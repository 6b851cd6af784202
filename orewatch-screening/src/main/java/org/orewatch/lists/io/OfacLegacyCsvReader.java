package org.orewatch.lists.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;
import org.orewatch.kb.PartialDate;
import org.orewatch.lists.BirthDate;
import org.orewatch.lists.Countries;
import org.orewatch.lists.EntryCountry;
import org.orewatch.lists.EntryName;
import org.orewatch.lists.Identifier;
import org.orewatch.lists.IdentifierScheme;
import org.orewatch.lists.ListEntry;
import org.orewatch.lists.ListFormat;
import org.orewatch.lists.ListSnapshot;
import org.orewatch.lists.NameKind;
import org.orewatch.lists.SourceFile;

/**
 * Reads the US OFAC SDN list in its legacy CSV files: {@code sdn.csv} (12 columns, no header),
 * with {@code alt.csv} (aliases, 5 columns) and {@code add.csv} (addresses, 6 columns) when they
 * sit beside it. {@code -0-} means an empty field.
 *
 * <p>Much of what matters for screening is hidden in the remarks column, a list of items
 * separated by "; ": a.k.a.s, dates and places of birth, nationality, passports and other
 * numbers, and for vessels the IMO number. They are taken apart here; items that are not
 * understood stay in the remarks text, never fail the import.
 */
public final class OfacLegacyCsvReader {

    /** OFAC writes these files in Windows-1252 (a superset of the ASCII they mostly are). */
    private static final Charset ENCODING = Charset.forName("windows-1252");
    private static final String EMPTY = "-0-";

    /** Remark labels that introduce an identifier, longest first so "Diplomatic Passport" wins over "Passport". */
    private static final Map<String, String> IDENTIFIER_LABELS = identifierLabels();
    private static final Pattern ALIAS_ITEM = Pattern.compile("^(a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.)\\s*(.+)$");
    private static final Pattern IDENTIFIER_REST = Pattern.compile(
            "^[:#]?\\s*(.+?)(?:\\s+\\(([^)]*)\\))?(?:\\s*[,;]?\\s*(?:expires|issued|Issue Date|Expiration Date)\\b.*)?$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3})[a-z]* (\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3})[a-z]* (\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private OfacLegacyCsvReader() {
    }

    private static Map<String, String> identifierLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("Vessel Registration Identification IMO", IdentifierScheme.IMO);
        labels.put("Aircraft Manufacturer's Serial Number (MSN)", IdentifierScheme.AIRCRAFT_SERIAL);
        labels.put("Diplomatic Passport", IdentifierScheme.PASSPORT);
        labels.put("Passport", IdentifierScheme.PASSPORT);
        labels.put("National ID No.", IdentifierScheme.NATIONAL_ID);
        labels.put("Personal ID Card", IdentifierScheme.NATIONAL_ID);
        labels.put("Cedula No.", IdentifierScheme.NATIONAL_ID);
        labels.put("C.U.R.P.", IdentifierScheme.NATIONAL_ID);
        labels.put("D.N.I.", IdentifierScheme.NATIONAL_ID);
        labels.put("Registration ID", IdentifierScheme.REGISTRATION);
        labels.put("Registration Number", IdentifierScheme.REGISTRATION);
        labels.put("Company Number", IdentifierScheme.REGISTRATION);
        labels.put("Commercial Registry Number", IdentifierScheme.REGISTRATION);
        labels.put("Business Registration Document #", IdentifierScheme.REGISTRATION);
        labels.put("Tax ID No.", IdentifierScheme.TAX_ID);
        labels.put("R.F.C.", IdentifierScheme.TAX_ID);
        labels.put("V.A.T. Number", IdentifierScheme.TAX_ID);
        labels.put("NIT #", IdentifierScheme.TAX_ID);
        labels.put("SWIFT/BIC", IdentifierScheme.SWIFT_BIC);
        labels.put("MMSI", IdentifierScheme.MMSI);
        labels.put("Identification Number", IdentifierScheme.OTHER);
        return labels;
    }

    /**
     * Reads {@code path}: the sdn.csv file itself or a folder holding it. alt.csv and add.csv
     * beside it are read when present.
     */
    public static ListSnapshot read(Path path) {
        Path sdn = Files.isDirectory(path) ? find(path, "sdn.csv").orElseThrow(() -> new OrewatchException(
                ErrorCode.FILE_NOT_FOUND, SourcePosition.file(path.toString()), "no sdn.csv in this folder")) : path;
        Path folder = sdn.toAbsolutePath().getParent();
        Optional<Path> alt = find(folder, "alt.csv");
        Optional<Path> add = find(folder, "add.csv");
        return read(sdn, alt.orElse(null), add.orElse(null));
    }

    /** Reads the three files; {@code alt} and {@code add} may be null. */
    public static ListSnapshot read(Path sdn, Path alt, Path add) {
        List<SourceFile> files = new ArrayList<>();
        Map<String, Builder> entries = new LinkedHashMap<>();
        readFile(sdn, 12, files, row -> {
            Builder entry = sdnRow(sdn.toString(), row);
            if (entries.putIfAbsent(entry.key, entry) != null) {
                throw new OrewatchException(ErrorCode.DUPLICATE_ID, SourcePosition.of(sdn.toString(), row.line(), "ent_num"),
                        "entity number " + entry.key + " appears twice");
            }
        });
        if (entries.isEmpty()) {
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, SourcePosition.file(sdn.toString()),
                    "the file has no entries");
        }
        if (alt != null) {
            readFile(alt, 5, files, row -> {
                Builder entry = owner(entries, alt, row);
                String name = value(row.fields().get(3));
                if (name != null) {
                    NameKind kind = switch (row.fields().get(2).toLowerCase(Locale.ROOT)) {
                        case "fka" -> NameKind.FORMER;
                        default -> NameKind.ALIAS;
                    };
                    entry.names.add(new EntryName(name, kind));
                }
            });
        }
        if (add != null) {
            readFile(add, 6, files, row -> {
                Builder entry = owner(entries, add, row);
                List<String> parts = new ArrayList<>();
                for (int column = 2; column <= 4; column++) {
                    String part = value(row.fields().get(column));
                    if (part != null) {
                        parts.add(part);
                    }
                }
                String remark = value(row.fields().get(5));
                if (!parts.isEmpty()) {
                    entry.addresses.add(String.join(", ", parts) + (remark == null ? "" : " (" + remark + ")"));
                }
                String country = value(row.fields().get(4));
                if (country != null) {
                    entry.countries.add(new EntryCountry(Countries.code(country).orElse(null), country, EntryCountry.RESIDENCE));
                }
            });
        }
        List<ListEntry> built = entries.values().stream().map(Builder::build).toList();
        return new ListSnapshot(ListFormat.OFAC_CSV.defaultListName(), ListFormat.OFAC_CSV, null, files, built);
    }

    private static Optional<Path> find(Path folder, String name) {
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(child -> child.getFileName().toString().equalsIgnoreCase(name))
                    .filter(Files::isRegularFile).findFirst();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private interface RowHandler {
        void accept(CsvRecords.Row row);
    }

    private static void readFile(Path path, int columns, List<SourceFile> files, RowHandler handler) {
        try (HashingInput input = HashingInput.open(path)) {
            CsvRecords records = new CsvRecords(new java.io.BufferedReader(new InputStreamReader(input.stream(), ENCODING), 1 << 16), path.toString());
            for (CsvRecords.Row row = records.next(); row != null; row = records.next()) {
                if (row.fields().size() != columns) {
                    throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT,
                            SourcePosition.of(path.toString(), row.line(), "column " + Math.min(row.fields().size(), columns + 1)),
                            "expected " + columns + " columns, found " + row.fields().size()
                                    + (row.fields().size() < columns ? " (is the file truncated, or not an OFAC legacy CSV?)" : ""));
                }
                handler.accept(row);
            }
            files.add(input.finish());
        } catch (IOException failure) {
            throw new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(path.toString()),
                    "cannot read: " + failure.getMessage(), failure);
        }
    }

    private static Builder owner(Map<String, Builder> entries, Path path, CsvRecords.Row row) {
        String key = entityNumber(path.toString(), row);
        Builder entry = entries.get(key);
        if (entry == null) {
            throw new OrewatchException(ErrorCode.UNKNOWN_REFERENCE, SourcePosition.of(path.toString(), row.line(), "ent_num"),
                    "entity number " + key + " is not in sdn.csv: are the files from the same publication?");
        }
        return entry;
    }

    private static String entityNumber(String file, CsvRecords.Row row) {
        String number = row.fields().get(0);
        if (!number.matches("\\d+")) {
            throw new OrewatchException(ErrorCode.INVALID_VALUE, SourcePosition.of(file, row.line(), "ent_num"),
                    "entity number must be a whole number, found '" + number + "'");
        }
        return number;
    }

    /** The field's text, or null for OFAC's empty mark {@code -0-} and blanks. */
    private static String value(String field) {
        String trimmed = field.trim();
        return trimmed.isEmpty() || trimmed.equals(EMPTY) ? null : trimmed;
    }

    private static Builder sdnRow(String file, CsvRecords.Row row) {
        List<String> fields = row.fields();
        String key = entityNumber(file, row);
        String name = value(fields.get(1));
        if (name == null) {
            throw new OrewatchException(ErrorCode.INVALID_VALUE, SourcePosition.of(file, row.line(), "SDN_Name"),
                    "entity " + key + " has no name");
        }
        String type = value(fields.get(2));
        String schema = type == null ? "LegalEntity" : switch (type.toLowerCase(Locale.ROOT)) {
            case "individual" -> "Person";
            case "vessel" -> "Vessel";
            case "aircraft" -> "Airplane";
            default -> "LegalEntity";
        };
        Builder entry = new Builder(key, schema, name);
        entry.identifiers.add(Identifier.of(IdentifierScheme.OFAC_ID, key));
        String programs = value(fields.get(3));
        if (programs != null) {
            for (String program : programs.replace("[", "").split("\\]\\s*")) {
                if (!program.isBlank()) {
                    entry.programs.add(program.trim());
                }
            }
        }
        List<String> remarks = new ArrayList<>();
        Optional.ofNullable(value(fields.get(4))).ifPresent(title -> remarks.add("Title: " + title));
        Optional.ofNullable(value(fields.get(5))).ifPresent(callSign -> entry.identifiers.add(Identifier.of("call_sign", callSign)));
        Optional.ofNullable(value(fields.get(6))).ifPresent(vesselType -> remarks.add("Vessel type: " + vesselType));
        Optional.ofNullable(value(fields.get(7))).ifPresent(tonnage -> remarks.add("Tonnage: " + tonnage));
        Optional.ofNullable(value(fields.get(8))).ifPresent(grt -> remarks.add("GRT: " + grt));
        Optional.ofNullable(value(fields.get(9))).ifPresent(flag ->
                entry.countries.add(new EntryCountry(Countries.code(flag).orElse(null), flag, EntryCountry.FLAG)));
        Optional.ofNullable(value(fields.get(10))).ifPresent(owner -> remarks.add("Owner: " + owner));
        String text = value(fields.get(11));
        if (text != null) {
            remarks.add(text);
            for (String item : remarkItems(text)) {
                remark(entry, item);
            }
        }
        entry.remarks = remarks.isEmpty() ? null : String.join("; ", remarks);
        return entry;
    }

    /** The items of a remarks field, without the closing period and without "alt." prefixes kept apart. */
    static List<String> remarkItems(String remarks) {
        String text = remarks.trim();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        List<String> items = new ArrayList<>();
        for (String item : text.split(";\\s*")) {
            String trimmed = item.trim();
            if (!trimmed.isEmpty()) {
                items.add(trimmed);
            }
        }
        return items;
    }

    private static void remark(Builder entry, String rawItem) {
        String item = rawItem.startsWith("alt. ") ? rawItem.substring(5).trim() : rawItem;
        Matcher alias = ALIAS_ITEM.matcher(item);
        if (alias.matches()) {
            String name = unquote(alias.group(2));
            if (!name.isEmpty()) {
                entry.names.add(new EntryName(name, alias.group(1).equals("f.k.a.") ? NameKind.FORMER : NameKind.ALIAS));
            }
            return;
        }
        if (item.startsWith("DOB ")) {
            birthDate(item.substring(4).trim()).ifPresent(entry.birthDates::add);
            return;
        }
        if (item.startsWith("POB ")) {
            String place = item.substring(4).trim();
            entry.birthPlaces.add(place);
            String[] parts = place.split(",");
            Countries.code(parts[parts.length - 1]).ifPresent(code ->
                    entry.countries.add(new EntryCountry(code, parts[parts.length - 1].trim(), EntryCountry.BIRTH)));
            return;
        }
        if (item.startsWith("nationality ")) {
            String country = item.substring("nationality ".length()).trim();
            entry.countries.add(new EntryCountry(Countries.code(country).orElse(null), country, EntryCountry.NATIONALITY));
            return;
        }
        if (item.startsWith("citizen ")) {
            String country = item.substring("citizen ".length()).trim();
            entry.countries.add(new EntryCountry(Countries.code(country).orElse(null), country, EntryCountry.CITIZENSHIP));
            return;
        }
        for (Map.Entry<String, String> label : IDENTIFIER_LABELS.entrySet()) {
            if (item.startsWith(label.getKey() + " ") || item.startsWith(label.getKey() + ":")) {
                Matcher rest = IDENTIFIER_REST.matcher(item.substring(label.getKey().length()).trim());
                if (rest.matches()) {
                    String country = rest.group(2);
                    entry.identifiers.add(new Identifier(label.getValue(), rest.group(1).trim(),
                            country == null ? null : Countries.code(country).orElse(country),
                            label.getValue().equals(IdentifierScheme.OTHER) ? label.getKey() : null));
                }
                return;
            }
        }
    }

    /** "25 Jan 1925", "Jan 1960", "1940", "circa 1947", "1946 to 1948", "01 Jan 1960 to 31 Dec 1962". */
    static Optional<BirthDate> birthDate(String text) {
        boolean approximate = false;
        String rest = text.trim();
        if (rest.startsWith("circa ")) {
            approximate = true;
            rest = rest.substring("circa ".length()).trim();
        }
        String[] ends = rest.split("\\s+to\\s+");
        if (ends.length > 2) {
            return Optional.empty();
        }
        Optional<PartialDate> from = date(ends[0]);
        Optional<PartialDate> to = ends.length == 2 ? date(ends[1]) : from;
        if (from.isEmpty() || to.isEmpty() || to.get().compareTo(from.get()) < 0) {
            return Optional.empty();
        }
        return Optional.of(new BirthDate(from.get(), to.get(), approximate));
    }

    private static Optional<PartialDate> date(String text) {
        String trimmed = text.trim();
        try {
            Matcher full = DAY_MONTH_YEAR.matcher(trimmed);
            if (full.matches()) {
                int month = MONTHS.indexOf(full.group(2).toLowerCase(Locale.ROOT)) + 1;
                return month == 0 ? Optional.empty()
                        : Optional.of(new PartialDate(Integer.parseInt(full.group(3)), month, Integer.parseInt(full.group(1))));
            }
            Matcher monthYear = MONTH_YEAR.matcher(trimmed);
            if (monthYear.matches()) {
                int month = MONTHS.indexOf(monthYear.group(1).toLowerCase(Locale.ROOT)) + 1;
                return month == 0 ? Optional.empty() : Optional.of(new PartialDate(Integer.parseInt(monthYear.group(2)), month, 0));
            }
            if (YEAR.matcher(trimmed).matches()) {
                return Optional.of(PartialDate.ofYear(Integer.parseInt(trimmed)));
            }
        } catch (RuntimeException notADate) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String unquote(String text) {
        String trimmed = text.trim();
        if (trimmed.length() >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'")) {
            return trimmed.substring(1, trimmed.length() - 1).trim();
        }
        return trimmed;
    }

    /** Collects one entry while its three files are read. */
    private static final class Builder {
        final String key;
        final String schema;
        final String name;
        final Set<EntryName> names = new LinkedHashSet<>();
        final List<BirthDate> birthDates = new ArrayList<>();
        final List<String> birthPlaces = new ArrayList<>();
        final List<EntryCountry> countries = new ArrayList<>();
        final List<Identifier> identifiers = new ArrayList<>();
        final List<String> addresses = new ArrayList<>();
        final List<String> programs = new ArrayList<>();
        String remarks;

        Builder(String key, String schema, String name) {
            this.key = key;
            this.schema = schema;
            this.name = name;
            names.add(new EntryName(name, NameKind.PRIMARY));
        }

        ListEntry build() {
            // alt.csv repeats the a.k.a.s of the remarks: keep each written form once, the first kind seen.
            Map<String, EntryName> unique = new LinkedHashMap<>();
            for (EntryName entryName : names) {
                unique.putIfAbsent(entryName.text().toLowerCase(Locale.ROOT), entryName);
            }
            LinkedHashSet<EntryCountry> distinctCountries = new LinkedHashSet<>(countries);
            return new ListEntry(key, schema, name, List.copyOf(unique.values()), birthDates, birthPlaces,
                    List.copyOf(distinctCountries), identifiers, addresses, programs, (LocalDate) null, remarks);
        }
    }
}
