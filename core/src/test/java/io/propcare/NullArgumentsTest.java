package io.propcare;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.spi.tck.NullArguments;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of the engines answers a null argument with a message.
 *
 * <p>Left out, on purpose, are the canonical constructors of two kinds of plain data record:
 * the configuration records Jackson fills from a property roster file ({@code PropertyRosterSpec}
 * and its nested records), where an absent field is {@code null} and the reader then names it with
 * its JSON path, and the result records the survey and classification engines build for their
 * reports, which only the engines construct.
 */
class NullArgumentsTest {
    private static final Set<String> DATA_RECORDS = Set.of("io.propcare.roster.PropertyRosterSpec",
            "io.propcare.survey.SurveyReport", "io.propcare.survey.DesignEstimate", "io.propcare.survey.CronbachAlpha",
            "io.propcare.survey.NetPromoter", "io.propcare.survey.Pareto", "io.propcare.survey.ScoreSummary",
            "io.propcare.survey.ReadSummary", "io.propcare.survey.TwoProportionTest",
            "io.propcare.survey.ContingencyTest", "io.propcare.complaint.Evaluation");

    private static boolean dataRecordConstructor(Executable e) {
        Class<?> outer = e.getDeclaringClass();
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        return e instanceof Constructor<?> && e.getDeclaringClass().isRecord() && DATA_RECORDS.contains(outer.getName());
    }

    @Test
    void everyPublicExecutableRejectsNullWithAMessage() {
        NullArguments check = NullArguments.over(Propcare.class).skipping(NullArgumentsTest::dataRecordConstructor);
        assertThat(check.publicTypes()).isGreaterThan(80);
        assertThat(check.problems()).isEmpty();
        // calls and instances keep the check from passing by finding nothing to call
        assertThat(check.calls()).as("calls made").isGreaterThan(350);
        assertThat(check.instances()).as("sample instances").isGreaterThan(10);
    }
}
