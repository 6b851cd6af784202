package org.orewatch.cli.trade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.trade.CodeFigures;
import org.orewatch.trade.CombinedYear;
import org.orewatch.trade.EditionUse;
import org.orewatch.trade.MirrorYear;
import org.orewatch.trade.PartnerFigures;
import org.orewatch.trade.PriceCheck;
import org.orewatch.trade.TradeAreas;

/**
 * The JSON shapes of {@code trade mirror} and {@code trade combine}: an array with one object per
 * year, each with at least {@code year}, {@code total_value}, {@code mining_value},
 * {@code mining_share} (0 to 1) and {@code partners} ({@code iso}, {@code mining_value},
 * {@code mining_share} = the partner's share of the country's mining exports). Keys keep this
 * order; undefined figures (a share of zero) are null.
 */
final class TradeJson {

    /** Unlike the shared mapper, keeps null values: a share that is undefined is shown as null, not dropped. */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final TradeAreas areas;

    static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException failure) {
            throw new OrewatchException(ErrorCode.INTERNAL_ERROR, null, "cannot write JSON: " + failure.getMessage(), failure);
        }
    }

    TradeJson(TradeAreas areas) {
        this.areas = areas;
    }

    List<Map<String, Object>> mirror(List<MirrorYear> years, StatedFigures stated) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (MirrorYear year : years) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("year", year.year());
            object.put("total_value", number(year.totalValue()));
            object.put("mining_value", number(year.miningValue()));
            object.put("mining_share", year.miningShare());
            object.put("mining_quantity_t", number(year.miningQuantityT()));
            object.put("mining_unit_value_usd_per_t", year.miningUnitValue());
            object.put("total_value_change", year.totalValueChange());
            object.put("mining_value_change", year.miningValueChange());
            object.put("mining_quantity_change", year.miningQuantityChange());
            object.put("partners", partners(year.partners()));
            object.put("chapters", codes(year.chapters(), true));
            object.put("headings", codes(year.headings(), false));
            if (!year.priceChecks().isEmpty()) {
                object.put("price_checks", priceChecks(year.priceChecks()));
            }
            stated.json(year).ifPresent(figures -> object.put("stated", figures));
            out.add(object);
        }
        return out;
    }

    List<Map<String, Object>> combine(List<CombinedYear> years, StatedFigures stated) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CombinedYear year : years) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("year", year.year());
            object.put("total_value", number(year.totalValue()));
            object.put("mining_value", number(year.miningValue()));
            object.put("mining_share", year.miningShare());
            object.put("mining_quantity_t", number(year.miningQuantityT()));
            object.put("partners", partners(year.partners()));
            Map<String, Object> editions = new LinkedHashMap<>();
            editions.put("total_value", editions(year.totalEditions()));
            editions.put("mining_value", editions(year.miningEditions()));
            object.put("editions", editions);
            stated.json(year).ifPresent(figures -> object.put("stated", figures));
            out.add(object);
        }
        return out;
    }

    private List<Map<String, Object>> partners(List<PartnerFigures> partners) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PartnerFigures partner : partners) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("iso", partner.iso());
            object.put("name", areas.nameOf(partner.iso()));
            object.put("total_value", number(partner.totalValue()));
            object.put("mining_value", number(partner.miningValue()));
            object.put("mining_share", partner.miningShare());
            object.put("mining_share_of_partner_exports", partner.miningShareOfPartnerExports());
            if (partner.miningQuantityT() != null) {
                object.put("mining_quantity_t", number(partner.miningQuantityT()));
            }
            if (!partner.editions().isEmpty()) {
                object.put("editions", editions(partner.editions()));
            }
            out.add(object);
        }
        return out;
    }

    private static List<Map<String, Object>> codes(List<CodeFigures> codes, boolean chapters) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CodeFigures code : codes) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put(chapters ? "chapter" : "heading", code.code());
            object.put("value", number(code.value()));
            object.put("quantity_t", number(code.quantityT()));
            object.put("unit_value_usd_per_t", code.unitValue());
            object.put("quantity_coverage", code.quantityCoverage());
            object.put("value_change", code.valueChange());
            object.put("quantity_change", code.quantityChange());
            if (chapters) {
                object.put("value_not_in_headings", number(code.unallocatedValue()));
            }
            out.add(object);
        }
        return out;
    }

    private static List<Map<String, Object>> priceChecks(List<PriceCheck> checks) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PriceCheck check : checks) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("hs", check.hsCode());
            object.put("partner", check.partner());
            object.put("unit_value_usd_per_t", check.unitValue());
            object.put("reference_usd_per_t", number(check.referencePrice()));
            object.put("ratio", check.ratio());
            object.put("below_market", check.belowMarket());
            out.add(object);
        }
        return out;
    }

    private static List<Map<String, Object>> editions(List<EditionUse> uses) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (EditionUse use : uses) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("source", use.source());
            object.put("published", use.published());
            object.put("partner", use.partner());
            object.put("hs", use.hsCode());
            object.put("value", number(use.valueUsd()));
            if (!use.replaced().isEmpty()) {
                List<Map<String, Object>> replaced = new ArrayList<>();
                for (EditionUse.Replaced older : use.replaced()) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("published", older.published());
                    entry.put("value", number(older.valueUsd()));
                    replaced.add(entry);
                }
                object.put("replaces", replaced);
            }
            out.add(object);
        }
        return out;
    }

    /** Whole numbers without a decimal point (1025, not 1025.0); others as they are. */
    static Object number(Double value) {
        if (value == null) {
            return null;
        }
        if (value == Math.rint(value) && Math.abs(value) < 9e15) {
            return value.longValue();
        }
        return value;
    }
}
