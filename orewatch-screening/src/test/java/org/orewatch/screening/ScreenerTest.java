package org.orewatch.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.kb.PartialDate;
import org.orewatch.lists.Identifier;
import org.orewatch.lists.IdentifierScheme;
import org.orewatch.lists.NameKind;
import org.orewatch.names.NameMatcher;
import org.orewatch.names.NameType;

class ScreenerTest {

    @TempDir
    Path folder;

    private Screener screener;

    @BeforeEach
    void index() {
        screener = Screener.over(NameMatcher.defaults(), ScreeningFixtures.lists(folder), ScreeningPolicy.defaults());
    }

    private static ScreeningQuery query(String name, NameType type, String country, PartialDate birth, Identifier... identifiers) {
        return new ScreeningQuery(name, type, country, birth, List.of(identifiers));
    }

    @Test
    void anExactNameIsAMatchWithTheListVersionItCameFrom() {
        ScreeningResult result = screener.screen(ScreeningQuery.of("PAK SONG-IL"));
        assertThat(result.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(result.match()).isTrue();
        Candidate best = result.best().orElseThrow();
        assertThat(best.entry().key()).isEqualTo("KPi.901");
        assertThat(best.version().listName()).isEqualTo("un-sc-consolidated");
        assertThat(best.version().id()).isEqualTo(1);
        assertThat(best.matchedKind()).isEqualTo(NameKind.PRIMARY);
        assertThat(best.score()).isEqualTo(1.0);
        assertThat(best.explanation()).startsWith("match: 1.000 against un-sc-consolidated v1 entry KPi.901");
        assertThat(best.evidence()).isNull();
    }

    @Test
    void aWeakAliasCountsForLess() {
        Candidate best = screener.screen(ScreeningQuery.of("Songil", NameType.PERSON)).best().orElseThrow();
        assertThat(best.matchedKind()).isEqualTo(NameKind.WEAK_ALIAS);
        assertThat(best.score()).isEqualTo(best.nameScore() - 0.10, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(best.adjustments()).extracting(Adjustment::factor).containsExactly(Adjustment.WEAK_ALIAS);
        assertThat(best.explanation()).contains("weak (low-quality) alias (-0.10)");
    }

    @Test
    void aBirthDateThatAgreesRaisesTheScoreAndOneThatConflictsSendsTheCandidateToReview() {
        Candidate agrees = screener.screen(query("Pak Song Il", NameType.PERSON, null, new PartialDate(1961, 4, 17))).best().orElseThrow();
        assertThat(agrees.adjustments()).singleElement().satisfies(adjustment -> {
            assertThat(adjustment.factor()).isEqualTo(Adjustment.BIRTH_DATE);
            assertThat(adjustment.delta()).isEqualTo(0.04);
        });
        ScreeningResult conflicts = screener.screen(query("PAK SONG-IL", NameType.PERSON, null, PartialDate.ofYear(1985)));
        assertThat(conflicts.verdict()).isEqualTo(Verdict.POSSIBLE);
        assertThat(conflicts.score()).isEqualTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(conflicts.best().orElseThrow().explanation()).contains("conflicts with every listed date (1961-04-17)");
        Candidate sameYear = screener.screen(query("PAK SONG-IL", NameType.PERSON, null, new PartialDate(1961, 9, 2))).best().orElseThrow();
        assertThat(sameYear.adjustments()).singleElement().extracting(Adjustment::delta).isEqualTo(0.0);
    }

    @Test
    void birthDateRangesAndApproximateYearsHaveTolerance() {
        // TAi.901: born between 1955 and 1958, or circa 1960.
        Candidate inRange = screener.screen(query("AHMAD KARIM NOORI", NameType.PERSON, null, PartialDate.ofYear(1957))).best().orElseThrow();
        assertThat(inRange.adjustments()).singleElement().extracting(Adjustment::delta).isEqualTo(0.02);
        Candidate nearCirca = screener.screen(query("AHMAD KARIM NOORI", NameType.PERSON, null, PartialDate.ofYear(1963))).best().orElseThrow();
        assertThat(nearCirca.adjustments()).singleElement().extracting(Adjustment::delta).isEqualTo(0.0);
        Candidate far = screener.screen(query("AHMAD KARIM NOORI", NameType.PERSON, null, PartialDate.ofYear(1975))).best().orElseThrow();
        assertThat(far.adjustments()).singleElement().extracting(Adjustment::delta).isEqualTo(-0.25);
    }

    @Test
    void countriesAgreeInAnyWritingAndDisagreeMildly() {
        Candidate agrees = screener.screen(query("PAK SONG-IL", null, "North Korea", null)).best().orElseThrow();
        assertThat(agrees.adjustments()).singleElement().satisfies(adjustment -> {
            assertThat(adjustment.delta()).isEqualTo(0.02);
            assertThat(adjustment.reason()).contains("KP agrees (nationality, residence, birth)");
        });
        Candidate differs = screener.screen(query("PAK SONG-IL", null, "CN", null)).best().orElseThrow();
        assertThat(differs.adjustments()).singleElement().extracting(Adjustment::delta).isEqualTo(-0.05);
        assertThat(differs.verdict()).isEqualTo(Verdict.MATCH);
        Candidate unknown = screener.screen(query("PAK SONG-IL", null, "Atlantis", null)).best().orElseThrow();
        assertThat(unknown.adjustments()).singleElement().extracting(Adjustment::delta).isEqualTo(0.0);
    }

    @Test
    void anAgreeingImoNumberDecidesAMatchWhateverTheName() {
        ScreeningResult result = screener.screen(query("SEA PEARL", NameType.VESSEL, null, null,
                Identifier.of(IdentifierScheme.IMO, "9012345")));
        assertThat(result.verdict()).isEqualTo(Verdict.MATCH);
        Candidate best = result.best().orElseThrow();
        assertThat(best.entry().key()).isEqualTo("7003");
        assertThat(best.score()).isEqualTo(1.0);
        assertThat(best.nameScore()).isLessThan(0.5);
        assertThat(best.explanation()).contains("identifier imo 9012345 agrees: decides a match");
    }

    @Test
    void aDifferingImoNumberRulesTheCandidateOutAndSaysWhy() {
        ScreeningResult result = screener.screen(query("RYONG GANG 7", NameType.VESSEL, null, null,
                Identifier.of(IdentifierScheme.IMO, "IMO 9999999")));
        assertThat(result.verdict()).isEqualTo(Verdict.NO_MATCH);
        Candidate ruledOut = result.best().orElseThrow();
        assertThat(ruledOut.entry().key()).isEqualTo("7003");
        assertThat(ruledOut.nameScore()).isGreaterThan(0.9);
        assertThat(ruledOut.score()).isLessThan(0.70);
        assertThat(ruledOut.explanation()).contains("differs from the listed 9012345: decides no match");
    }

    @Test
    void aDifferentPassportIsNotedButDecidesNothing() {
        Candidate best = screener.screen(query("KANG, Myong Chol", NameType.PERSON, null, null,
                Identifier.of(IdentifierScheme.PASSPORT, "111"))).best().orElseThrow();
        assertThat(best.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(best.explanation()).contains("passport 111 is not among the listed 745120331 (one may hold several)");
    }

    @Test
    void aUnReferenceNumberAloneFindsItsEntry() {
        ScreeningResult result = screener.screen(new ScreeningQuery("", null, null, null,
                List.of(ScreeningQuery.identifier("un-reference", "kpe.901"))));
        assertThat(result.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(result.best().orElseThrow().entry().name()).isEqualTo("SONGNAM MARITIME TRANSPORT COMPANY");
    }

    @Test
    void aTypedQueryOnlySeesEntriesOfThatType() {
        assertThat(screener.screen(ScreeningQuery.of("RYONG GANG 7", NameType.PERSON)).candidates()).isEmpty();
        assertThat(screener.screen(ScreeningQuery.of("RYONG GANG 7", NameType.VESSEL)).verdict()).isEqualTo(Verdict.MATCH);
    }

    @Test
    void unrelatedNamesFindNothing() {
        ScreeningResult result = screener.screen(ScreeningQuery.of("Maria Fernanda Lopez", NameType.PERSON));
        assertThat(result.verdict()).isEqualTo(Verdict.NO_MATCH);
        assertThat(result.score()).isZero();
        assertThat(result.candidates()).isEmpty();
    }

    @Test
    void thresholdsAreConfigurable() {
        Screener strict = new Screener(screener.index(), ScreeningPolicy.defaults().withThresholds(0.99, 0.95));
        ScreeningResult result = strict.screen(ScreeningQuery.of("Songil", NameType.PERSON));
        assertThat(result.candidates()).isEmpty();
        assertThatThrownBy(() -> ScreeningPolicy.defaults().withThresholds(0.6, 0.7))
                .isInstanceOfSatisfying(OrewatchException.class, failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    }

    @Test
    void queriesAreBounded() {
        assertThatThrownBy(() -> ScreeningQuery.of("x".repeat(501))).isInstanceOfSatisfying(OrewatchException.class,
                failure -> assertThat(failure.code()).isEqualTo(ErrorCode.REQUEST_TOO_LARGE));
        assertThatThrownBy(() -> ScreeningQuery.of("  ")).isInstanceOfSatisfying(OrewatchException.class,
                failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
        assertThatThrownBy(() -> screener.screen(ScreeningQuery.of("PAK"), 0)).isInstanceOf(OrewatchException.class);
        assertThatThrownBy(() -> ScreeningQuery.identifier("fingerprint", "1")).isInstanceOfSatisfying(OrewatchException.class,
                failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_VALUE));
        assertThatThrownBy(() -> ScreeningQuery.birthDate("13/04/1961", "birth_date")).hasMessageContaining("birth_date: not a date");
    }

    @Test
    void anUntypedPersonsNameIsNotTheLongFormOfAListedAcronym() {
        // TMEC is an alias of TAEDONG MINERAL EXPORT CORPORATION; the query is read as an organisation
        // to compare with it, but that assumed type is no evidence that Tom Mills Evans Clark is one.
        ScreeningResult person = screener.screen(ScreeningQuery.of("Tom Mills Evans Clark"));
        assertThat(person.verdict()).isEqualTo(Verdict.NO_MATCH);
        // Declared an organisation by the caller, the same name is that acronym's long form.
        Candidate declared = screener.screen(ScreeningQuery.of("Tom Mills Evans Clark", NameType.ORGANIZATION)).best().orElseThrow();
        assertThat(declared.entry().key()).isEqualTo("7002");
        assertThat(declared.explanation()).contains("acronym");
    }
}
