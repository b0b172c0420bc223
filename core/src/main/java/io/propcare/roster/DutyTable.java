package io.propcare.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The monthly duty table (值班安排表): one row per person, one column per day, the shift code
 * in each cell (empty for a day off). Names are masked.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @param name the roster's name
 * @param dates the days, in order
 * @param rows one row per person, in staff order
 * @since 0.1
 */
public record DutyTable(String name, List<LocalDate> dates, List<Row> rows) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Checks and copies the fields. */
    public DutyTable {
        Objects.requireNonNull(name, "name must not be null");
        dates = List.copyOf(Objects.requireNonNull(dates, "dates must not be null"));
        rows = List.copyOf(Objects.requireNonNull(rows, "rows must not be null"));
        for (Row r : rows) {
            if (r.cells().size() != dates.size()) {
                throw new IllegalArgumentException("row " + r.staffId() + " has " + r.cells().size() + " cells, expected "
                        + dates.size());
            }
        }
    }

    /**
     * One person's month.
     *
     * @param staffId the person
     * @param maskedName the masked name
     * @param cells one shift code per day, {@code ""} for a day off
     */
    public record Row(String staffId, String maskedName, List<String> cells) {
        /** Checks and copies the fields. */
        public Row {
            Objects.requireNonNull(staffId, "staffId must not be null");
            Objects.requireNonNull(maskedName, "maskedName must not be null");
            cells = List.copyOf(Objects.requireNonNull(cells, "cells must not be null"));
        }
    }

    /**
     * Writes the table as CSV: a header {@code staff,name,DATE...}, then one line per person.
     *
     * @param out where to write
     * @throws UncheckedIOException when writing fails
     */
    public void writeCsv(Appendable out) {
        Objects.requireNonNull(out, "out must not be null");
        List<String> header = new ArrayList<>(List.of("staff", "name"));
        dates.forEach(d -> header.add(d.toString()));
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(new String[0])).build())) {
            for (Row r : rows) {
                List<String> line = new ArrayList<>(List.of(r.staffId(), r.maskedName()));
                line.addAll(r.cells());
                p.printRecord(line);
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the duty table: " + e.getMessage(), e);
        }
    }

    /**
     * The table as CSV text.
     *
     * @return the CSV
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        writeCsv(sb);
        return sb.toString();
    }

    /**
     * The table as JSON: {@code {"name", "dates": [...], "rows": [{"staff", "name", "cells": [...]}]}}.
     *
     * @return the JSON text
     */
    public String toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", name);
        ArrayNode ds = o.putArray("dates");
        dates.forEach(d -> ds.add(d.toString()));
        ArrayNode rs = o.putArray("rows");
        for (Row r : rows) {
            ObjectNode n = rs.addObject();
            n.put("staff", r.staffId());
            n.put("name", r.maskedName());
            ArrayNode cs = n.putArray("cells");
            r.cells().forEach(cs::add);
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the duty table as JSON", e);
        }
    }
}
