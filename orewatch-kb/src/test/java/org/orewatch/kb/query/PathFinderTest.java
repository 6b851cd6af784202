package org.orewatch.kb.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orewatch.kb.KbFixture;
import org.orewatch.kb.KnowledgeGraph;

class PathFinderTest {

    @TempDir
    Path temp;

    @Test
    void followsRelationsInBothDirectionsAndKeepsTheirCitations() {
        KnowledgeGraph graph = KbFixture.copyTo(temp).graph();

        List<PathFinder.Step> steps = new PathFinder(graph).find("resource/iron-ore", "institution/metal", 6).orElseThrow();

        assertThat(steps).extracting(PathFinder.Step::to).containsExactly("mine/musan", "institution/metal");
        assertThat(steps.get(0).forward()).isFalse();
        assertThat(steps.get(0).statement().property()).isEqualTo("produces");
        assertThat(steps.get(1).forward()).isTrue();
        assertThat(steps.get(1).statement().citations()).isNotEmpty();
    }

    @Test
    void reportsNoPathWhenNoneIsShortEnough() {
        KnowledgeGraph graph = KbFixture.copyTo(temp).graph();
        PathFinder finder = new PathFinder(graph);

        assertThat(finder.find("resource/iron-ore", "country/kp", 2)).isEmpty();
        assertThat(finder.find("resource/iron-ore", "country/kp", 3)).isPresent();
        assertThat(finder.find("resource/coal", "mine/musan", 8)).isEmpty();
    }

    /** Every step joins the entity before it to the one after it through its statement. */
    @RepeatedTest(5)
    void everyStepIsARealRelationBetweenConsecutiveEntities() {
        KnowledgeGraph graph = KbFixture.copyTo(temp).graph();
        List<String> ids = graph.entities().stream().map(entity -> entity.id()).toList();
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        PathFinder finder = new PathFinder(graph);
        for (int trial = 0; trial < 50; trial++) {
            String from = ids.get(random.nextInt(ids.size()));
            String to = ids.get(random.nextInt(ids.size()));
            finder.find(from, to, 8).ifPresent(steps -> {
                String at = from;
                for (PathFinder.Step step : steps) {
                    assertThat(step.from()).as("seed %d", seed).isEqualTo(at);
                    String subject = step.statement().subject();
                    String object = step.statement().object().orElseThrow();
                    assertThat(step.forward() ? List.of(subject, object) : List.of(object, subject))
                            .as("seed %d", seed).containsExactly(step.from(), step.to());
                    at = step.to();
                }
                assertThat(at).as("seed %d", seed).isEqualTo(to);
            });
        }
    }
}
