package org.orewatch.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;

class NameTypeTest {

    @Test
    void followTheMoneySchemasMapToTypes() {
        assertThat(NameType.fromFtmSchema("Person")).isEqualTo(NameType.PERSON);
        assertThat(NameType.fromFtmSchema("Company")).isEqualTo(NameType.ORGANIZATION);
        assertThat(NameType.fromFtmSchema("Organization")).isEqualTo(NameType.ORGANIZATION);
        assertThat(NameType.fromFtmSchema("LegalEntity")).isEqualTo(NameType.ORGANIZATION);
        assertThat(NameType.fromFtmSchema("PublicBody")).isEqualTo(NameType.ORGANIZATION);
        assertThat(NameType.fromFtmSchema("Vessel")).isEqualTo(NameType.VESSEL);
        assertThat(NameType.fromFtmSchema("Address")).isEqualTo(NameType.PLACE);
        assertThat(NameType.fromFtmSchema("Thing")).isEqualTo(NameType.OTHER);
        assertThat(NameType.fromFtmSchema(null)).isEqualTo(NameType.OTHER);
    }

    @Test
    void parsesEitherSpellingIgnoringCase() {
        assertThat(NameType.parse("Person")).isEqualTo(NameType.PERSON);
        assertThat(NameType.parse("organisation")).isEqualTo(NameType.ORGANIZATION);
        assertThat(NameType.parse("ORGANIZATION")).isEqualTo(NameType.ORGANIZATION);
        assertThat(NameType.parse(" vessel ")).isEqualTo(NameType.VESSEL);
        assertThat(NameType.parse("place")).isEqualTo(NameType.PLACE);
        assertThat(NameType.parse("other")).isEqualTo(NameType.OTHER);
    }

    @Test
    void unknownTypeIsAUserError() {
        assertThatThrownBy(() -> NameType.parse("ship"))
                .isInstanceOf(OrewatchException.class)
                .satisfies(e -> assertThat(((OrewatchException) e).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("ship");
    }
}
