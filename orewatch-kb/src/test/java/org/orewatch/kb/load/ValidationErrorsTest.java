package org.orewatch.kb.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.core.ErrorCode;
import org.orewatch.kb.KbFixture;

/** One bad fixture per kind of validation error; each must name the file, the line and the field. */
class ValidationErrorsTest {

    @TempDir
    Path temp;

    private Problem onlyError(String yaml) {
        return onlyError("zz-bad.yaml", yaml);
    }

    /** Loads the fixture plus one bad file (named to sort after the good ones) and expects exactly one error in it. */
    private Problem onlyError(String fileName, String yaml) {
        LoadResult result = KbFixture.copyTo(temp).write("entities/" + fileName, yaml).load();
        List<Problem> errors = result.errors();
        assertThat(errors).as("errors for:%n%s", yaml).hasSize(1);
        assertThat(errors.get(0).position().file()).isEqualTo("kb/entities/" + fileName);
        return errors.get(0);
    }

    private static final String HEAD = """
            entities:
              - id: mine/bad
                type: mine
                name: Bad mine
                cite: {source: source/report}
                statements:
            """;

    @Test
    void yamlSyntax() {
        Problem problem = onlyError("entities:\n  - id: mine/bad\n    name: [unclosed\n");
        assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
        assertThat(problem.position().line()).isBetween(3, 4);
        assertThat(problem.message()).startsWith("YAML syntax");
    }

    @Test
    void unknownField() {
        Problem problem = onlyError("""
                entities:
                  - id: mine/bad
                    type: mine
                    name: Bad mine
                    colour: red
                    cite: {source: source/report}
                """);
        assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
        assertThat(problem.position().line()).isEqualTo(5);
        assertThat(problem.position().field()).isEqualTo("entities[0].colour");
        assertThat(problem.message()).contains("unknown field 'colour'");
    }

    @Test
    void duplicateId() {
        Problem problem = onlyError("""
                entities:
                  - id: mine/musan
                    type: mine
                    name: Musan again
                    cite: {source: source/report}
                """);
        assertThat(problem.code()).isEqualTo(ErrorCode.DUPLICATE_ID);
        assertThat(problem.position().line()).isEqualTo(2);
        assertThat(problem.message()).contains("mine/musan").contains("kb/entities/world.yaml:");
    }

    @Test
    void idOfTheWrongPrefixForItsType() {
        Problem problem = onlyError("""
                entities:
                  - id: place/a-mine
                    type: mine
                    name: A mine
                    cite: {source: source/report}
                """);
        assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_VALUE);
        assertThat(problem.position().line()).isEqualTo(3);
        assertThat(problem.message()).contains("must start with 'mine/'");
    }

    @Test
    void unknownType() {
        Problem problem = onlyError("""
                entities:
                  - id: mine/bad
                    type: quarry
                    name: Bad
                    cite: {source: source/report}
                """);
        assertThat(problem.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE);
        assertThat(problem.position().field()).isEqualTo("mine/bad.type");
    }

    @Test
    void unknownProperty() {
        Problem problem = onlyError(HEAD + "      - {property: colour, value: red, cite: {source: source/report}}\n");
        assertThat(problem.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE);
        assertThat(problem.position().line()).isEqualTo(7);
        assertThat(problem.message()).contains("unknown property 'colour'");
    }

    @Test
    void referenceToAnEntityThatDoesNotExist() {
        Problem problem = onlyError(HEAD + "      - {property: located_in, value: place/atlantis, cite: {source: source/report}}\n");
        assertThat(problem.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE);
        assertThat(problem.position().line()).isEqualTo(7);
        assertThat(problem.position().field()).contains("located_in").endsWith(".value");
        assertThat(problem.message()).contains("place/atlantis");
    }

    @Test
    void referenceOutsideThePropertysRange() {
        Problem problem = onlyError(HEAD + "      - {property: located_in, value: resource/coal, cite: {source: source/report}}\n");
        assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_VALUE);
        assertThat(problem.message()).contains("takes place").contains("'resource/coal' is a resource");
    }

    @Test
    void statementWithoutCitation() {
        Problem problem = onlyError("""
                entities:
                  - id: mine/bad
                    type: mine
                    name: Bad mine
                    cite: {source: source/report}
                    statements:
                      - {property: located_in, value: place/musan}
                """);
        assertThat(problem.code()).isEqualTo(ErrorCode.MISSING_CITATION);
        assertThat(problem.position().line()).isEqualTo(7);
        assertThat(problem.position().field()).endsWith(".cite");
    }

    @Test
    void entityWithoutAnyCitation() {
        Problem problem = onlyError("""
                entities:
                  - id: mine/bad
                    type: mine
                    name: Bad mine
                """);
        assertThat(problem.code()).isEqualTo(ErrorCode.MISSING_CITATION);
        assertThat(problem.position().line()).isEqualTo(2);
        assertThat(problem.message()).contains("mine/bad").contains("no citation");
    }

    @Test
    void citationOfAnUnknownSource() {
        Problem problem = onlyError(HEAD + "      - {property: located_in, value: place/musan, cite: {source: source/rumour}}\n");
        assertThat(problem.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE);
        assertThat(problem.position().field()).endsWith(".source");
        assertThat(problem.message()).contains("source/rumour");
    }

    @Test
    void citationOfSomethingThatIsNotASource() {
        Problem problem = onlyError(HEAD + "      - {property: located_in, value: place/musan, cite: {source: mine/musan}}\n");
        assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_VALUE);
        assertThat(problem.message()).contains("not a source");
    }

    @Test
    void unknownCitationLocator() {
        Problem problem = onlyError(HEAD + "      - {property: located_in, value: place/musan, cite: {source: source/report, shelf: B}}\n");
        assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_FILE_FORMAT);
        assertThat(problem.message()).contains("unknown field 'shelf'");
    }

    @Test
    void unknownUnit() {
        Problem problem = onlyError(HEAD + "      - {property: production, value: 5, unit: tonnes, cite: {source: source/report}}\n");
        assertThat(problem.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE);
        assertThat(problem.position().field()).endsWith(".unit");
    }

    @Test
    void unitOfTheWrongDimension() {
        Problem problem = onlyError(HEAD + "      - {property: production, value: 5, unit: \"%\", cite: {source: source/report}}\n");
        assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_VALUE);
        assertThat(problem.message()).contains("measures ratio").contains("is a mass");
    }

    @Test
    void quantityWithoutUnit() {
        Problem problem = onlyError(HEAD + "      - {property: production, value: 5, cite: {source: source/report}}\n");
        assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_VALUE);
        assertThat(problem.message()).contains("needs a unit");
    }

    @Test
    void numberWithThousandsSeparators() {
        Problem problem = onlyError(HEAD + "      - {property: production, value: \"18,600\", unit: kt, cite: {source: source/report}}\n");
        assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_VALUE);
        assertThat(problem.message()).contains("not a number").contains("thousands separators");
    }

    @Test
    void badDate() {
        Problem problem = onlyError(HEAD + "      - {property: production, value: 5, unit: t, at: 2014-13, cite: {source: source/report}}\n");
        assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_VALUE);
        assertThat(problem.position().field()).endsWith(".at");
    }

    @Test
    void fromAfterTo() {
        Problem problem = onlyError(HEAD + "      - {property: located_in, value: place/musan, from: 2012, to: 2009, cite: {source: source/report}}\n");
        assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_VALUE);
        assertThat(problem.message()).contains("after");
    }

    @Test
    void enumValueNotAllowed() {
        Problem problem = onlyError(HEAD + "      - {property: status, value: thriving, cite: {source: source/report}}\n");
        assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_VALUE);
        assertThat(problem.message()).contains("not one of active, closed");
    }

    @Test
    void unknownQualifier() {
        Problem problem = onlyError(HEAD + "      - {property: production, value: 5, unit: t, qualifiers: {colour: red}, cite: {source: source/report}}\n");
        assertThat(problem.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE);
        assertThat(problem.position().field()).endsWith(".qualifiers.colour");
    }

    @Test
    void conflictWithOnlyOneSide() {
        Problem problem = onlyError("""
                entities:
                  - id: conflict/lonely
                    type: conflict
                    name: One-sided
                    cite: {source: source/report}
                  - id: mine/bad
                    type: mine
                    name: Bad mine
                    statements:
                      - {property: status, value: active, conflict: conflict/lonely, cite: {source: source/report}}
                """);
        assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_VALUE);
        assertThat(problem.position().line()).isEqualTo(2);
        assertThat(problem.message()).contains("at least two sides");
    }

    @Test
    void extensionOfAnUnknownEntity() {
        Problem problem = onlyError("""
                entities:
                  - extend: mine/ghost
                    statements:
                      - {property: status, value: active, cite: {source: source/report}}
                """);
        assertThat(problem.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE);
        assertThat(problem.message()).contains("mine/ghost");
    }

    @Test
    void oneRunReportsEveryProblem() {
        LoadResult result = KbFixture.copyTo(temp).write("entities/zz-bad.yaml", HEAD
                + "      - {property: located_in, value: place/atlantis, cite: {source: source/report}}\n"
                + "      - {property: production, value: 5, unit: tonnes, cite: {source: source/report}}\n"
                + "      - {property: status, value: thriving, cite: {source: source/report}}\n").load();
        assertThat(result.errors()).extracting(problem -> problem.position().line()).containsExactlyInAnyOrder(7, 8, 9);
    }
}
