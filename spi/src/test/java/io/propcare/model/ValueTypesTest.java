package io.propcare.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.Resident;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.notification.Notification;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.StorageLocator;
import io.propcare.spi.tck.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTypesTest {
    @Test
    void personalDataIsMaskedInEveryToString() {
        var c = Fixtures.complaint(Fixtures.PROPERTY, "C-1", Fixtures.T0);
        Notification n = Fixtures.notification(Fixtures.PROPERTY, "k", Fixtures.T0);
        ComplaintRecord r = ComplaintRecord.created(c);
        for (String s : List.of(c.toString(), c.resident().toString(), r.toString(), n.toString(),
                n.recipient().toString())) {
            assertThat(s).doesNotContain("张三丰").doesNotContain("13812345678").doesNotContain("1234");
        }
        assertThat(c.resident().toString()).contains("张**").contains("138****5678");
        assertThat(n.toString()).doesNotContain(Fixtures.HOSTILE_TEXT);
    }

    @Test
    void phoneErrorsStateTheLengthNeverTheDigits() {
        assertThatThrownBy(() -> PhoneNumber.parse("138123"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("phone").hasMessageContaining("6 characters").hasMessageNotContaining("138123");
        assertThatThrownBy(() -> PhoneNumber.parse("138-1234-567x")).isInstanceOf(InvalidInputException.class);
        assertThat(PhoneNumber.parse("+86 138 1234 5678").digits()).isEqualTo("+8613812345678");
    }

    @Test
    void namesAreMaskedByCodePoint() {
        assertThat(PersonName.of("𠮷野家").masked()).isEqualTo("𠮷**");
        assertThat(PersonName.of("Li").masked()).isEqualTo("L*");
        assertThatThrownBy(() -> PersonName.of("  ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> PersonName.of("Li\u0000Wei")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("name").hasMessageContaining("U+0000, at index 2").hasMessageNotContaining("Wei");
        assertThatThrownBy(() -> io.propcare.model.complaint.Actor.of("desk\u0000")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("actor").hasMessageContaining("U+0000, at index 4");
    }

    @Test
    void badValuesNameTheFieldAndTheValue() {
        assertThatThrownBy(() -> ComplaintId.of("has space")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("complaintId").hasMessageContaining("has space");
        assertThatThrownBy(() -> PropertyId.of("")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("propertyId");
        assertThatThrownBy(() -> Category.of("Plumbing")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("category").hasMessageContaining("Plumbing");
        assertThatThrownBy(() -> Urgency.parse("asap")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("urgency").hasMessageContaining("emergency, urgent, normal, low");
        assertThatThrownBy(() -> ComplaintId.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("complaintId");
        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
                () -> Channel.parse("fax"));
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("channel");
            assertThat(v.value()).isEqualTo("fax");
            assertThat(v.code()).isEqualTo("INVALID_INPUT");
        });
    }

    @Test
    void invalidInputShowsEachCodeOnce() {
        io.propcare.spi.ErrorCode custom = () -> "DEADLINE_BAD_REQUEST";
        InvalidInputException one = InvalidInputException.of(custom, "start", "x", "expected an instant");
        assertThat(one.getMessage()).isEqualTo("1 invalid value: start: got 'x'; expected an instant [DEADLINE_BAD_REQUEST]");
        assertThat(one.errorCode().code()).isEqualTo("DEADLINE_BAD_REQUEST");
        InvalidInputException shared = new InvalidInputException(List.of(
                io.propcare.spi.Violation.of("a", 1, custom, "m1"), io.propcare.spi.Violation.of("b", 2, custom, "m2")));
        assertThat(shared.errorCode().code()).isEqualTo("DEADLINE_BAD_REQUEST");
        assertThat(shared.getMessage()).endsWith("b: got '2'; m2 [DEADLINE_BAD_REQUEST]");
        InvalidInputException mixed = new InvalidInputException(List.of(
                io.propcare.spi.Violation.of("a", 1, custom, "m1"),
                io.propcare.spi.Violation.of("b", 2, io.propcare.spi.SpiErrorCode.INVALID_INPUT, "m2")));
        assertThat(mixed.errorCode()).isEqualTo(io.propcare.spi.SpiErrorCode.INVALID_INPUT);
        assertThat(mixed.getMessage()).isEqualTo(
                "2 invalid values: a: got '1'; m1 [DEADLINE_BAD_REQUEST]; b: got '2'; m2 [INVALID_INPUT]");
    }

    @Test
    void enumsParseTheirJsonIds() {
        assertThat(Channel.parse("walk_in")).isEqualTo(Channel.WALK_IN);
        assertThat(Channel.parse("WeChat")).isEqualTo(Channel.WECHAT);
        assertThat(Urgency.EMERGENCY.isAtLeast(Urgency.URGENT)).isTrue();
        assertThat(Urgency.LOW.isAtLeast(Urgency.NORMAL)).isFalse();
    }

    @Test
    void anonymousResidentPrintsDashes() {
        assertThat(Resident.anonymous().toString()).isEqualTo("Resident[name=-, phone=-]");
    }

    @Test
    void locatorsHideCredentials() {
        assertThat(StorageLocator.parse("jdbc:postgresql://db/test?user=pc&password=s3cret").toString())
                .doesNotContain("s3cret").contains("password=****");
        assertThat(StorageLocator.parse("jdbc:mariadb://root:pw@db/test").toString()).doesNotContain(":pw@");
        assertThat(StorageLocator.parse("jdbc:h2:mem:x").scheme()).isEqualTo("jdbc");
    }
}
