package org.orewatch.trade;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The trade areas orewatch knows by code: countries (ISO 3166-1 alpha-3) with a display name, and
 * the aggregate codes (World, the EU) that statistics use for sums of other areas. Loaded from
 * the bundled data file {@code areas.csv}, which cites its sources.
 */
public final class TradeAreas {

    /** What an area code stands for. */
    public enum Kind { COUNTRY, AGGREGATE }

    /** One area: its code, display name and kind. */
    public record Area(String code, String name, Kind kind) {
    }

    private static final String RESOURCE = "areas.csv";

    private final Map<String, Area> byCode;

    private TradeAreas(Map<String, Area> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The bundled list. */
    public static TradeAreas bundled() {
        try (InputStream in = TradeAreas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TradeAreas parse(BufferedReader reader) throws IOException {
        Map<String, Area> areas = new LinkedHashMap<>();
        try (CsvRecordReader records = new CsvRecordReader(reader, ',', RESOURCE)) {
            boolean header = true;
            for (CsvRecordReader.CsvRecord record = records.next(); record != null; record = records.next()) {
                List<String> fields = record.fields();
                if (fields.isEmpty() || fields.get(0).startsWith("#") || fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                if (fields.size() != 3) {
                    throw new IllegalStateException(RESOURCE + ":" + record.line() + ": expected iso3,name,kind");
                }
                String code = fields.get(0).strip().toUpperCase(Locale.ROOT);
                Kind kind = Kind.valueOf(fields.get(2).strip().toUpperCase(Locale.ROOT));
                if (areas.put(code, new Area(code, fields.get(1).strip(), kind)) != null) {
                    throw new IllegalStateException(RESOURCE + ":" + record.line() + ": duplicate code " + code);
                }
            }
        }
        return new TradeAreas(areas);
    }

    /** True for codes such as World (W00, WLD) whose trade is the sum of other areas' trade. */
    public boolean isAggregate(String code) {
        Area area = byCode.get(code);
        return area != null && area.kind() == Kind.AGGREGATE;
    }

    public Optional<Area> area(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The display name, or the code itself when the code is not in the list. */
    public String nameOf(String code) {
        Area area = byCode.get(code);
        return area == null ? code : area.name();
    }

    /** Countries in the order of the data file. */
    public List<Area> countries() {
        List<Area> countries = new ArrayList<>();
        for (Area area : byCode.values()) {
            if (area.kind() == Kind.COUNTRY) {
                countries.add(area);
            }
        }
        return countries;
    }
}
