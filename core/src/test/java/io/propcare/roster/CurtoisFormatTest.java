package io.propcare.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.spi.InvalidInputException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CurtoisFormatTest {
    /** The sanity figures of FORMAT.md section 6, one row per instance. */
    @ParameterizedTest(name = "Instance{0}")
    @CsvSource({
        "1,14,1,8,8,21,5,14,71,7137", "2,14,2,14,14,50,12,28,108,10882", "3,14,3,20,20,39,25,42,154,15474",
        "4,28,2,10,20,52,19,56,182,18319", "5,28,2,16,32,79,27,56,288,28974", "6,28,3,18,36,87,48,84,299,30057",
        "7,28,3,20,40,104,64,84,315,31728", "8,28,4,30,60,139,86,112,482,48486", "9,28,4,36,72,144,88,112,410,41298",
        "10,28,5,40,80,210,74,140,693,69704", "11,28,6,50,100,197,139,168,811,81495",
        "12,28,10,60,120,294,128,280,1007,101241", "13,28,18,120,240,589,252,504,1737,174903",
        "14,42,4,32,128,266,93,168,692,69741", "15,42,6,45,180,350,140,252,941,94788",
        "16,56,3,20,120,177,103,168,671,67438", "17,56,4,32,160,351,129,224,1088,109479",
        "18,84,3,22,176,322,92,252,1116,112230", "19,84,5,40,320,587,247,420,1857,186930",
        "20,182,6,50,900,1665,653,1092,4468,450216", "21,182,8,100,1800,3210,1492,1456,8718,878187",
        "22,364,10,50,1800,3253,1385,3640,9633,969673", "23,364,16,100,3600,6549,2861,5824,16079,1620808",
        "24,364,32,150,5400,9540,4269,11648,22590,2278033"})
    void evaluatorAgreesWithTheSanityFigures(int n, int days, int shifts, int staff, int daysOff, int on, int off,
            int coverLines, int sumR, long allOff) {
        RosterProblem p = CurtoisFormat.read(Benchmarks.instance(n));
        assertThat(p.days()).isEqualTo(days);
        assertThat(p.shiftIds()).hasSize(shifts);
        assertThat(p.staffIds()).hasSize(staff);
        int leave = 0;
        for (boolean[] row : p.leave) {
            for (boolean b : row) {
                leave += b ? 1 : 0;
            }
        }
        assertThat(leave).isEqualTo(daysOff);
        assertThat(p.requests.stream().filter(RosterProblem.Request::on).count()).isEqualTo(on);
        assertThat(p.requests.stream().filter(r -> !r.on()).count()).isEqualTo(off);
        long r = 0;
        for (int[] row : p.coverReq) {
            for (int v : row) {
                r += v;
            }
        }
        assertThat(r).isEqualTo(sumR);
        assertThat(days * shifts).isEqualTo(coverLines);
        Evaluation ev = RosterEvaluator.evaluate(Schedule.empty(p));
        assertThat(ev.objective()).isEqualTo(allOff);
        assertThat(ev.isFeasible()).isFalse();
        assertThat(ev.hardViolationsByRule()).containsKey("min-total-minutes");
        assertThat(ev.penalties()).doesNotContainKey("shift-off-request");
    }

    @Test
    void solutionRoundTrips() {
        RosterProblem p = CurtoisFormat.read(Benchmarks.instance(3));
        Schedule s = Schedule.empty(p).with("A", 0, java.util.Optional.of("E")).with("B", 13, java.util.Optional.of("D"));
        StringWriter w = new StringWriter();
        CurtoisFormat.writeSolution(s, w);
        assertThat(CurtoisFormat.readSolution(new StringReader(w.toString()), p)).isEqualTo(s);
    }

    @Test
    void aMissingRowAndAnUnknownShiftAreBothReported() {
        RosterProblem p = CurtoisFormat.read(Benchmarks.instance(1));
        String grid = Schedule.empty(p).toString().replaceFirst("(?m)^A\\t", "A\tX").replaceFirst("(?m)^H.*\\n", "");
        assertThatThrownBy(() -> CurtoisFormat.readSolution(new StringReader(grid), p))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).contains("solution:1:day0", "solution"));
    }

    @Test
    void malformedLinesAreReportedWithTheirLineNumber() {
        String text = "SECTION_HORIZON\n7\n\nSECTION_SHIFTS\nD,480,\n\nSECTION_STAFF\nA,D=7,x,0,5,1,1,1\n\n"
                + "SECTION_DAYS_OFF\n\nSECTION_SHIFT_ON_REQUESTS\n\nSECTION_SHIFT_OFF_REQUESTS\n\nSECTION_COVER\n0,D,1,100\n";
        assertThatThrownBy(() -> CurtoisFormat.read(new StringReader(text), "bad"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("bad:8", "bad:17"));
    }
}
