package org.orewatch.trade;

import java.util.Locale;

/**
 * The direction of a recorded flow, from the reporter's point of view. A mirror of a country's
 * exports uses only {@link #IMPORT}: what partners record as imports from it. Re-imports are the
 * partner's own goods coming back and re-exports are not trade with the partner's origin, so
 * neither is counted.
 */
public enum FlowDirection {
    IMPORT, EXPORT, RE_IMPORT, RE_EXPORT, OTHER;

    /** The direction of a flow code as a format writes it. */
    public static FlowDirection of(TradeFileFormat format, String code) {
        String value = code.strip().toUpperCase(Locale.ROOT);
        switch (format) {
            case COMTRADE_CURRENT:
                // Comtrade Plus flowCode: M import, X export, RM re-import, RX re-export; others are
                // special regimes (processing, intra-zone) that Comtrade does not fold into M or X.
                switch (value) {
                    case "M": return IMPORT;
                    case "X": return EXPORT;
                    case "RM": return RE_IMPORT;
                    case "RX": return RE_EXPORT;
                    default: return OTHER;
                }
            case COMTRADE_LEGACY:
                // Legacy Trade Flow Code: 1 Import, 2 Export, 3 Re-export, 4 Re-import.
                switch (value) {
                    case "1": return IMPORT;
                    case "2": return EXPORT;
                    case "3": return RE_EXPORT;
                    case "4": return RE_IMPORT;
                    default: return OTHER;
                }
            case SOURCE_TABLE:
                switch (value) {
                    case "IMPORT": case "IMPORTS": case "M": return IMPORT;
                    case "EXPORT": case "EXPORTS": case "X": return EXPORT;
                    default: return OTHER;
                }
            default:
                return OTHER;
        }
    }

    /** The codes a format uses for imports, for the engine's filter. */
    public static java.util.List<String> importCodes(TradeFileFormat format) {
        switch (format) {
            case COMTRADE_CURRENT: return java.util.List.of("M");
            case COMTRADE_LEGACY: return java.util.List.of("1");
            case SOURCE_TABLE: return java.util.List.of("IMPORT", "IMPORTS", "M");
            default: return java.util.List.of();
        }
    }
}
