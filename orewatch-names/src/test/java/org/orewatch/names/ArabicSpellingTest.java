package org.orewatch.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicSpellingTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            يوسف        | yusf
            محمد        | mhmd
            علي         | ali
            حويش        | hwish
            المداني     | al mdani
            العبيدي     | al abidi
            عبدالحليم   | abd al hlim
            عبدالله     | abdallh
            مصطفى       | mstfa
            فاطمة       | fatma
            سليــوة     | slyua
            """)
    void writesArabicScriptAsListsDo(String arabic, String latin) {
        assertThat(ArabicSpelling.toLatin(arabic)).isEqualTo(latin);
    }

    @Test
    void everyAbdAlSpellingSplitsIntoAbdAlAndTheName() {
        for (String spelling : List.of("abdul", "abdel", "abdal", "abdol", "abdoul", "abdil", "abdur", "abdus", "abdun",
                "abduz", "abdush")) {
            assertThat(ArabicSpelling.splitAbdAl(spelling)).containsExactly("abd", "al");
            assertThat(ArabicSpelling.splitAbdAl(spelling + "karim")).containsExactly("abd", "al", "karim");
        }
        assertThat(ArabicSpelling.splitAbdAl("abduk")).containsExactly("abd", "al");
        assertThat(ArabicSpelling.splitAbdAl("adbul")).containsExactly("abd", "al");
        assertThat(ArabicSpelling.splitAbdAl("abbdulkarim")).containsExactly("abd", "al", "karim");
        assertThat(ArabicSpelling.splitAbdAl("abdu")).isNull();
        assertThat(ArabicSpelling.splitAbdAl("abdullag")).isNull();
        assertThat(ArabicSpelling.splitAbdAl("abdullah")).isNull();
        assertThat(ArabicSpelling.splitAbdAl("abdulla")).isNull();
        assertThat(ArabicSpelling.splitAbdAl("abdi")).isNull();
        assertThat(ArabicSpelling.splitAbdAl("karim")).isNull();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            YUSUF AL-MADANI          | يوسف المداني
            ABDUL WAHED SHAFIQ       | عبد الواحد شفيق
            ABDELHALIM REMADNA       | عبدالحليم رمادنا
            Abdulrahman              | Abd al-Rahman
            Abdur Rahman             | عبد الرحمن
            """)
    void arabicNamesMeetTheirLatinSpellings(String latin, String arabic) {
        MatchResult result = NameMatcher.defaults().compare(latin, arabic, NameType.PERSON);
        assertThat(result.match()).as(result.explanation()).isTrue();
    }

    @Test
    void abdAlRespeltRanksBelowTheSameSpelling() {
        NameMatcher matcher = NameMatcher.defaults();
        assertThat(matcher.compare("Abdul Rahman", "ABDUL RAHMAN", NameType.PERSON).score()).isEqualTo(1.0);
        double respelt = matcher.compare("Abdul Rahman", "Abd al-Rahman", NameType.PERSON).score();
        assertThat(respelt).isLessThan(1.0).isGreaterThan(0.95);
        assertThat(matcher.compare("Abduk Rahman", "Abdul Rahman", NameType.PERSON).score()).isLessThan(1.0).isGreaterThan(0.95);
    }
}
