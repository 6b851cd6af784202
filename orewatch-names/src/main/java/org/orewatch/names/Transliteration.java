package org.orewatch.names;

import com.ibm.icu.text.Transliterator;

/**
 * Latin renderings of scripts other than Latin and Hangul, by ICU transforms: Russian-Latin/BGN
 * for Cyrillic (the convention of US and UK sanctions lists), Han-Latin (pinyin) for Chinese,
 * {@link ArabicSpelling} for the Arabic script, and Any-Latin for the rest, each followed by Latin-ASCII. ICU transliterators keep
 * per-call state, so each thread gets its own instances. The script is a function of the text, so the
 * cache is keyed on the text alone.
 */
final class Transliteration {

    private static final ThreadLocal<Transliteration> PER_THREAD = ThreadLocal.withInitial(Transliteration::new);

    private Transliterator cyrillic;
    private Transliterator han;
    private Transliterator any;

    private Transliteration() {
    }

    /** Names repeat their words; transliterating a word costs tens of microseconds, so remember it. */
    private static final int CACHE_LIMIT = 200_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static String toLatin(String text, Character.UnicodeScript script) {
        String cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        String latin = PER_THREAD.get().transliterate(text, script);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(text, latin);
        return latin;
    }

    private String transliterate(String text, Character.UnicodeScript script) {
        return switch (script) {
            case CYRILLIC -> cyrillic().transliterate(text);
            case HAN, HIRAGANA, KATAKANA -> han().transliterate(text);
            case ARABIC -> arabic(text);
            default -> any().transliterate(text);
        };
    }

    /** Arabic-script words by {@link ArabicSpelling}; anything else in them by ICU. */
    private String arabic(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty()) {
                out.append(out.length() > 0 ? " " : "")
                        .append(ArabicSpelling.isArabic(word) ? ArabicSpelling.toLatin(word) : any().transliterate(word));
            }
        }
        return out.toString();
    }

    private Transliterator cyrillic() {
        if (cyrillic == null) {
            cyrillic = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Any-Lower");
        }
        return cyrillic;
    }

    private Transliterator han() {
        if (han == null) {
            han = Transliterator.getInstance("Han-Latin; Any-Latin; Latin-ASCII; Any-Lower");
        }
        return han;
    }

    private Transliterator any() {
        if (any == null) {
            any = Transliterator.getInstance("Any-Latin; Latin-ASCII; Any-Lower");
        }
        return any;
    }
}
