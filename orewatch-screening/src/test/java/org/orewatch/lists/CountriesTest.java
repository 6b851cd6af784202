package org.orewatch.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void recognisesOfficialListAndEverydayForms() {
        for (String form : new String[] {"Democratic People's Republic of Korea", "Korea, North", "north korea", "DPRK", "KP", "kp",
                "PRK", "Democratic People’s Republic of Korea"}) {
            assertThat(Countries.code(form)).as(form).contains("KP");
        }
        assertThat(Countries.code("Iran (Islamic Republic of)")).contains("IR");
        assertThat(Countries.code("Congo, Democratic Republic of the")).contains("CD");
        assertThat(Countries.code("Congo")).contains("CG");
        assertThat(Countries.code("Côte d'Ivoire")).contains("CI");
        assertThat(Countries.code("Cote d Ivoire")).contains("CI");
        assertThat(Countries.code("Türkiye")).contains("TR");
        assertThat(Countries.code("Burma")).contains("MM");
        assertThat(Countries.code("Germany")).contains("DE");
        assertThat(Countries.code("Bahamas, The")).contains("BS");
    }

    @Test
    void unknownAndEmptyTextsHaveNoCode() {
        assertThat(Countries.code("None Identified")).isEmpty();
        assertThat(Countries.code("")).isEmpty();
        assertThat(Countries.code(null)).isEmpty();
    }

    @Test
    void namesComeFromTheJdk() {
        assertThat(Countries.name("KP")).isEqualTo("North Korea");
        assertThat(Countries.name("ZZ")).isEqualTo("ZZ");
    }
}
