package io.propcare.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CodecProperties {
    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    @Property(tries = 500)
    void mapsRoundTrip(@ForAll("keysAndValues") Map<String, String> map) {
        assertThat(Codec.readMap(Codec.map(map))).isEqualTo(map);
    }

    @Provide
    Arbitrary<Map<String, String>> keysAndValues() {
        return Arbitraries.maps(anyText(), anyText()).ofMaxSize(6);
    }

    @Property(tries = 500)
    void listsRoundTrip(@ForAll("texts") List<String> list) {
        assertThat(Codec.readList(Codec.list(list))).isEqualTo(list);
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return anyText().list().ofMaxSize(6);
    }

    @Property(tries = 500)
    void instantsRoundTrip(@ForAll("instants") Instant at) {
        assertThat(Codec.instant(Codec.nanos(at))).isEqualTo(at);
        assertThat(Codec.storable(at)).isTrue();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().map(Codec::instant);
    }

    @Property(tries = 300)
    void nanosKeepOrder(@ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        assertThat(Long.compare(Codec.nanos(a), Codec.nanos(b))).isEqualTo(Integer.signum(a.compareTo(b)));
    }
}
