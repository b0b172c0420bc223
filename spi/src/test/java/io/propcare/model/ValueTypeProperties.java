package io.propcare.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.Urgency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ValueTypeProperties {
    @Property(tries = 300)
    void complaintIdParsesWhatToStringWrites(@ForAll("ids") String raw) {
        ComplaintId id = ComplaintId.of(raw);
        assertThat(ComplaintId.parse("  " + id + "\t")).isEqualTo(id);
    }

    @Property(tries = 300)
    void phoneMaskKeepsOnlyThreeAndFourDigits(@ForAll("phones") String digits) {
        PhoneNumber p = new PhoneNumber(digits);
        String masked = p.toString();
        assertThat(masked).startsWith(digits.substring(0, 3)).endsWith(digits.substring(digits.length() - 4));
        assertThat(masked.replace("*", "")).hasSize(7);
        assertThat(PhoneNumber.parse(digits.substring(0, 3) + " " + digits.substring(3))).isEqualTo(p);
    }

    @Property(tries = 50)
    void urgencyIdsRoundTrip(@ForAll Urgency u) {
        assertThat(Urgency.parse(u.id().toUpperCase())).isEqualTo(u);
    }

    @Provide
    Arbitrary<String> ids() {
        Arbitrary<Character> first = Arbitraries.chars().alpha().numeric();
        Arbitrary<String> rest = Arbitraries.strings().withChars("abcXYZ0129-_.:").ofMaxLength(39);
        return net.jqwik.api.Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    @Provide
    Arbitrary<String> phones() {
        return Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(20);
    }
}
